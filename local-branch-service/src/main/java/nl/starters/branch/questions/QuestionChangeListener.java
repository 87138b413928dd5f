package nl.starters.branch.questions;

import reactor.core.publisher.Mono;

/**
 * Told inside the transaction of an edit (text, tags, or a withdrawn consent to share beyond the
 * region), so a copy elsewhere can follow: the promotion to the national forum (issue 6) publishes a
 * new version of a promoted question from here.
 */
public interface QuestionChangeListener {

    Mono<Void> questionChanged(Question before, Question after);
}

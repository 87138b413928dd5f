package nl.starters.branch.questions;

import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * Told inside the transaction of a new "me too" vote (not of a repeated one), so the promotion can
 * promote a consented question once enough members asked the same.
 */
public interface QuestionVoteListener {

    Mono<Void> voted(UUID questionId);
}

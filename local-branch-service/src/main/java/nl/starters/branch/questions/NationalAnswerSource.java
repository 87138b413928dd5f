package nl.starters.branch.questions;

import java.util.List;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * Where a question's view finds the answers other regions gave to it once promoted; the promotion
 * keeps them (this package does not know where they come from).
 */
public interface NationalAnswerSource {

    Mono<List<NationalAnswerView>> answersTo(UUID questionId);
}

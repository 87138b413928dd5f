package nl.starters.branch.promotion;

import nl.starters.branch.moderation.ContentRef;
import nl.starters.branch.moderation.ModerationListener;
import nl.starters.branch.moderation.ModerationState;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Staff removing a promoted question removes the national copy (a REMOVED version); restoring it after a
 * removal shares it again. Hiding pending review does not reach the national forum.
 */
@Component
class PromotedQuestionModeration implements ModerationListener {

    static final String QUESTION = "QUESTION";

    private final PromotionStore store;
    private final PromotionEvents events;

    PromotedQuestionModeration(PromotionStore store, PromotionEvents events) {
        this.store = store;
        this.events = events;
    }

    @Override
    public Mono<Void> decided(ContentRef content, ModerationState before, ModerationState after) {
        if (!QUESTION.equals(content.kind())) {
            return Mono.empty();
        }
        PromotionStatus status;
        if (after == ModerationState.REMOVED) {
            status = PromotionStatus.REMOVED;
        } else if (before == ModerationState.REMOVED) {
            status = PromotionStatus.SHARED;
        } else {
            return Mono.empty();
        }
        return store.lock(content.id())
                .filter(candidate ->
                        candidate.promoted() && candidate.question().shareBeyondRegion())
                .flatMap(candidate -> events.publish(
                        candidate.question(), status, candidate.question().promotedAt()));
    }
}

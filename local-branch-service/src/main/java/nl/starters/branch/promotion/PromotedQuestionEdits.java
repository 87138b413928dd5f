package nl.starters.branch.promotion;

import nl.starters.branch.questions.Question;
import nl.starters.branch.questions.QuestionChangeListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Keeps the national copy of a promoted question following its edits: a new SHARED version with the
 * new text, or WITHDRAWN (with the text the asker had consented to share) when the consent is taken
 * back; the question is then local again. Consent given later promotes it if its votes suffice.
 */
@Component
class PromotedQuestionEdits implements QuestionChangeListener {

    private final PromotionStore store;
    private final PromotionEvents events;
    private final Promotions promotions;

    PromotedQuestionEdits(PromotionStore store, PromotionEvents events, Promotions promotions) {
        this.store = store;
        this.events = events;
        this.promotions = promotions;
    }

    @Override
    public Mono<Void> questionChanged(Question before, Question after) {
        if (before.promotedAt() == null) {
            return after.shareBeyondRegion() && !before.shareBeyondRegion()
                    ? promotions.promoteIfDue(after.id())
                    : Mono.empty();
        }
        if (!after.shareBeyondRegion()) {
            return store.withdrawn(after.id())
                    .then(events.publish(before, PromotionStatus.WITHDRAWN, before.promotedAt()));
        }
        // a removed question stays away nationally until restored (staff may still edit it)
        return store.lock(after.id())
                .filter(Candidate::visible)
                .flatMap(
                        candidate -> events.publish(candidate.question(), PromotionStatus.SHARED, before.promotedAt()));
    }
}

package nl.starters.branch.promotion;

import java.util.UUID;
import nl.starters.branch.questions.QuestionVoteListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** A new "me too" vote may carry a consented question over the branch's threshold: it is promoted then. */
@Component
class AutoPromotion implements QuestionVoteListener {

    private final Promotions promotions;

    AutoPromotion(Promotions promotions) {
        this.promotions = promotions;
    }

    @Override
    public Mono<Void> voted(UUID questionId) {
        return promotions.promoteIfDue(questionId);
    }
}

package nl.starters.branch.promotion;

import java.time.Instant;
import nl.starters.branch.questions.Question;
import nl.starters.branch.support.BranchProperties;
import nl.starters.servicedefaults.kafka.Topics;
import nl.starters.servicedefaults.outbox.Outbox;
import nl.starters.servicedefaults.outbox.OutgoingEvent;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Writes a version of a promoted question to the outbox, keyed by the question id so the national copy
 * sees the versions in order; call it inside the transaction of the change it describes.
 */
@Component
class PromotionEvents {

    static final String TYPE = "question.promoted.v1";

    private final Outbox outbox;
    private final String branch;

    PromotionEvents(Outbox outbox, BranchProperties branch) {
        this.outbox = outbox;
        this.branch = branch.id();
    }

    Mono<Void> publish(Question question, PromotionStatus status, Instant promotedAt) {
        var payload = new QuestionPromotedV1(
                question.id(),
                branch,
                question.authorId(),
                question.title(),
                question.body(),
                question.tags(),
                status,
                promotedAt);
        return outbox.append(
                OutgoingEvent.of(Topics.QUESTIONS_PROMOTED, question.id().toString(), TYPE, payload));
    }
}

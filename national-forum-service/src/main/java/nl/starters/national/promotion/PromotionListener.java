package nl.starters.national.promotion;

import nl.starters.servicedefaults.consumer.EventConsumer;
import nl.starters.servicedefaults.consumer.IncomingEvent;
import nl.starters.servicedefaults.kafka.InvalidEventException;
import nl.starters.servicedefaults.kafka.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Folds the branches' promoted questions into the national copies, once per event (the instances of
 * the national forum share one consumer group, so each record is folded by one of them).
 */
@Component
class PromotionListener {

    static final String TYPE = "question.promoted.v1";

    private final EventConsumer consumer;
    private final PromotedCopies copies;

    PromotionListener(EventConsumer consumer, PromotedCopies copies) {
        this.consumer = consumer;
        this.copies = copies;
    }

    @KafkaListener(topics = Topics.QUESTIONS_PROMOTED, concurrency = "${community.national.promotion.consumers:3}")
    void onPromotion(ConsumerRecord<String, String> record) {
        consumer.process(record, this::fold);
    }

    private Mono<Void> fold(IncomingEvent event) {
        if (!TYPE.equals(event.type())) {
            return Mono.empty();
        }
        QuestionPromotedV1 question = event.payloadAs(QuestionPromotedV1.class);
        if (question.questionId() == null
                || question.branch() == null
                || question.askerId() == null
                || question.title() == null
                || question.body() == null
                || question.status() == null
                || question.promotedAt() == null) {
            return Mono.error(new InvalidEventException("question.promoted.v1 without a required field"));
        }
        return copies.apply(question, event.time());
    }
}

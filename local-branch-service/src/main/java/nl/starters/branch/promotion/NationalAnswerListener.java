package nl.starters.branch.promotion;

import java.time.Clock;
import nl.starters.branch.notifications.NotificationType;
import nl.starters.branch.notifications.Notifications;
import nl.starters.branch.support.BranchProperties;
import nl.starters.servicedefaults.consumer.EventConsumer;
import nl.starters.servicedefaults.consumer.IncomingEvent;
import nl.starters.servicedefaults.kafka.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Brings answers from other regions home (answers.national.v1, this branch's own consumer group): stores
 * those to this branch's questions, ignores other branches' records, and tells the asker once per answer
 * (a redelivered or repeated record only updates the stored answer, e.g. its acceptance).
 */
@Component
class NationalAnswerListener {

    static final String TYPE = "answer.national-posted.v1";

    private final EventConsumer consumer;
    private final NationalAnswerStore answers;
    private final Notifications notifications;
    private final Clock clock;
    private final String branch;

    NationalAnswerListener(
            EventConsumer consumer,
            NationalAnswerStore answers,
            Notifications notifications,
            Clock clock,
            BranchProperties branch) {
        this.consumer = consumer;
        this.answers = answers;
        this.notifications = notifications;
        this.clock = clock;
        this.branch = branch.id();
    }

    @KafkaListener(topics = Topics.ANSWERS_NATIONAL)
    void onNationalAnswer(ConsumerRecord<String, String> record) {
        consumer.process(record, this::apply);
    }

    private Mono<Void> apply(IncomingEvent event) {
        if (!TYPE.equals(event.type())) {
            return Mono.empty();
        }
        NationalAnswerV1 answer = event.payloadAs(NationalAnswerV1.class);
        if (!branch.equals(answer.originBranch())) {
            return Mono.empty();
        }
        return answers.save(answer, clock.instant())
                .filter(NationalAnswerStore.Saved::isNew)
                .filter(saved -> !saved.askerId().equals(answer.authorId()))
                .flatMap(saved -> notifications.notify(
                        saved.askerId(),
                        NotificationType.NATIONAL_ANSWER_TO_MY_QUESTION,
                        answer.questionId(),
                        "A member from another region answered your question \"" + shortened(saved.title()) + "\"."));
    }

    private static String shortened(String title) {
        return title.length() > 80 ? title.substring(0, 77) + "..." : title;
    }
}

package nl.starters.national.promotion;

import java.time.Instant;
import java.util.UUID;
import nl.starters.servicedefaults.kafka.EventEnvelope;
import nl.starters.servicedefaults.kafka.Topics;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;

/** Publishes question.promoted.v1 records as a branch's outbox relay would, for the national forum's tests. */
public final class Promotions {

    private final KafkaTemplate<String, String> kafka;

    public Promotions(KafkaTemplate<String, String> kafka) {
        this.kafka = kafka;
    }

    /** A question of this branch with this title and status; returns the event id (to redeliver it). */
    public UUID publish(UUID question, String branch, UUID asker, String title, String status, String... tags) {
        UUID eventId = EventEnvelope.newId();
        publish(eventId, question, branch, asker, title, status, Instant.now(), tags);
        return eventId;
    }

    public void publish(
            UUID eventId,
            UUID question,
            String branch,
            UUID asker,
            String title,
            String status,
            Instant time,
            String... tags) {
        String json = """
                {"questionId":"%s","branch":"%s","askerId":"%s","title":"%s","body":"**Body** of %s",
                 "tags":[%s],"status":"%s","promotedAt":"%s"}""".formatted(
                question,
                branch,
                asker,
                title,
                title,
                String.join(
                        ",",
                        java.util.Arrays.stream(tags).map(t -> "\"" + t + "\"").toList()),
                status,
                time);
        var envelope = new EventEnvelope(eventId, PromotionListener.TYPE, "/branches/" + branch, time);
        kafka.send(new ProducerRecord<>(
                        Topics.QUESTIONS_PROMOTED, null, question.toString(), json, envelope.toHeaders()))
                .join();
    }
}

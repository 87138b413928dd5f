package nl.starters.national.activity;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.starters.servicedefaults.kafka.EventEnvelope;
import nl.starters.servicedefaults.kafka.EventJson;
import nl.starters.servicedefaults.kafka.Topics;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;

/** Publishes activity.recorded.v1 records as a branch's outbox relay would, for the fold's tests. */
final class Activities {

    private final KafkaTemplate<String, String> kafka;

    Activities(KafkaTemplate<String, String> kafka) {
        this.kafka = kafka;
    }

    /** An activity; fields are added by the caller (memberHash, subjectId, parentId, latencySeconds...). */
    static Map<String, Object> activity(String branch, String type, Instant at) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("eventId", EventEnvelope.newId().toString());
        payload.put("branch", branch);
        payload.put("type", type);
        payload.put("occurredAt", at.toString());
        return payload;
    }

    /** A member hash as the branches send it (64 hex digits) for member number {@code member}. */
    static String hash(int member) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(Integer.toString(member).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends the activity under its own eventId (so sending it again is a redelivery). */
    void send(Map<String, Object> payload) {
        sendRaw(
                UUID.fromString((String) payload.get("eventId")),
                (String) payload.get("branch"),
                EventJson.write(payload));
    }

    void sendRaw(UUID eventId, String key, String json) {
        var envelope = new EventEnvelope(eventId, FoldedEvent.TYPE, "/branches/" + key, Instant.now());
        kafka.send(new ProducerRecord<>(Topics.ACTIVITY, null, key, json, envelope.toHeaders()))
                .join();
    }
}

package nl.starters.servicedefaults.outbox;

import java.util.Objects;
import java.util.UUID;
import nl.starters.servicedefaults.kafka.EventEnvelope;

/**
 * An event a feature publishes: the topic, the partition key (the aggregate's id, so its events stay
 * in order), the versioned type (e.g. {@code member.registered.v1}) and the payload record, written as
 * JSON once when it enters the outbox.
 */
public record OutgoingEvent(UUID id, String topic, String key, String type, Object payload) {

    public OutgoingEvent {
        Objects.requireNonNull(id, "id");
        requireText(topic, "topic");
        requireText(key, "key");
        requireText(type, "type");
        Objects.requireNonNull(payload, "payload");
    }

    /** An event with a new time-ordered id (UUIDv7). */
    public static OutgoingEvent of(String topic, String key, String type, Object payload) {
        return new OutgoingEvent(EventEnvelope.newId(), topic, key, type, payload);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("An outgoing event needs a " + name);
        }
    }
}

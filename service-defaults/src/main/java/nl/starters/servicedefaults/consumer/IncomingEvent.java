package nl.starters.servicedefaults.consumer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import nl.starters.servicedefaults.kafka.EventEnvelope;
import nl.starters.servicedefaults.kafka.EventJson;
import nl.starters.servicedefaults.kafka.InvalidEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.JsonNode;

/**
 * A received event: its CloudEvents envelope, where it came from and its JSON payload, which a consumer
 * reads into its own narrower record of the event with {@link #payloadAs(Class)}.
 */
public record IncomingEvent(
        UUID id, String type, String source, Instant time, String topic, String key, JsonNode payload) {

    /** Reads a record; one without a valid envelope or JSON payload is a poison record. */
    public static IncomingEvent from(ConsumerRecord<?, ?> record) {
        EventEnvelope envelope = EventEnvelope.from(record.headers());
        JsonNode payload = EventJson.read(text(record.value()));
        return new IncomingEvent(
                envelope.id(),
                envelope.type(),
                envelope.source(),
                envelope.time(),
                record.topic(),
                record.key() == null ? null : record.key().toString(),
                payload);
    }

    /** The payload as the consumer's record of this event type (unknown fields are ignored). */
    public <T> T payloadAs(Class<T> type) {
        return EventJson.convert(payload, type);
    }

    private static String text(Object value) {
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        throw new InvalidEventException("record has no payload");
    }
}

package nl.starters.servicedefaults.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.UUID;
import nl.starters.servicedefaults.ids.Ids;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The CloudEvents envelope (Kafka protocol binding, binary mode) of every record: the one place that
 * writes and reads the {@code ce_*} and {@code content-type} headers, so no service spells them itself.
 */
public record EventEnvelope(UUID id, String type, String source, Instant time) {

    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String CONTENT_TYPE = "content-type";
    public static final String CLOUDEVENTS_VERSION = "1.0";
    public static final String JSON = "application/json";

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(time, "time");
    }

    /** A new time-ordered event id (UUIDv7): unique across services and branches. */
    public static UUID newId() {
        return Ids.newId();
    }

    /** The headers of a record carrying this event with a JSON payload. */
    public Headers toHeaders() {
        Headers headers = new RecordHeaders();
        add(headers, ID, id.toString());
        add(headers, TYPE, type);
        add(headers, SOURCE, source);
        add(headers, TIME, time.toString());
        add(headers, SPEC_VERSION, CLOUDEVENTS_VERSION);
        add(headers, CONTENT_TYPE, JSON);
        return headers;
    }

    /** Reads the envelope of a received record; a record without a valid one is a poison record. */
    public static EventEnvelope from(Headers headers) {
        try {
            String version = text(headers, SPEC_VERSION);
            if (!CLOUDEVENTS_VERSION.equals(version)) {
                throw new InvalidEventException("unsupported " + SPEC_VERSION + " " + version);
            }
            return new EventEnvelope(
                    UUID.fromString(text(headers, ID)),
                    text(headers, TYPE),
                    text(headers, SOURCE),
                    Instant.parse(text(headers, TIME)));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidEventException("invalid CloudEvents header: " + e.getMessage(), e);
        }
    }

    private static String text(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        if (header == null || header.value() == null) {
            throw new InvalidEventException("missing header " + name);
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void add(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}

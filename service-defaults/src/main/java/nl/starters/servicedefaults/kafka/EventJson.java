package nl.starters.servicedefaults.kafka;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON of event payloads, the same in every service whatever its web JSON settings are: the wire
 * format is the contract (docs/asyncapi.yaml). Readers ignore fields they do not know, so a producer may
 * add optional fields to a version without breaking its consumers.
 */
public final class EventJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private EventJson() {}

    /** The payload as JSON text. */
    public static String write(Object payload) {
        return MAPPER.writeValueAsString(payload);
    }

    /** Parses a received payload; text that is not JSON makes the record a poison record. */
    public static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new InvalidEventException("payload is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Converts a received payload to the consumer's own (narrower) record of the event. */
    public static <T> T convert(JsonNode payload, Class<T> type) {
        try {
            return MAPPER.treeToValue(payload, type);
        } catch (JacksonException e) {
            throw new InvalidEventException(
                    "payload does not fit " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }
}

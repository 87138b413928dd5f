package nl.starters.servicedefaults.contract;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The event contract of docs/asyncapi.yaml as a test can check it: a record (topic, CloudEvents headers,
 * JSON value) is valid when its {@code ce_type} names a message of that file, the message belongs to the
 * record's topic, and its headers and payload fit the message's schemas. A type without a schema is a
 * violation, so an undocumented event fails the end-to-end capture test.
 */
public final class EventContract {

    private static final String DOCUMENT = "contract/asyncapi.yaml";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, Message> messages;
    private final Map<String, Set<String>> typesByTopic;

    private EventContract(Map<String, Message> messages, Map<String, Set<String>> typesByTopic) {
        this.messages = messages;
        this.typesByTopic = typesByTopic;
    }

    /** The contract packaged in service-defaults' test-jar (a copy of docs/asyncapi.yaml). */
    public static EventContract load() {
        JsonNode document = read();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_7,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                        .formatAssertionsEnabled(true)
                        .build()));
        Map<String, Message> messages = new HashMap<>();
        document.get("components").get("messages").properties().forEach(entry -> {
            String at = "classpath:" + DOCUMENT + "#/components/messages/" + entry.getKey();
            messages.put(
                    entry.getValue().get("name").asString(),
                    new Message(
                            entry.getKey(),
                            registry.getSchema(SchemaLocation.of(at + "/headers")),
                            registry.getSchema(SchemaLocation.of(at + "/payload"))));
        });
        Map<String, Set<String>> typesByTopic = new HashMap<>();
        document.get("channels").properties().forEach(channel -> {
            Set<String> types = new LinkedHashSet<>();
            channel.getValue().get("messages").properties().forEach(message -> {
                String ref = message.getValue().get("$ref").asString();
                types.add(document.at(ref.substring(1)).get("name").asString());
            });
            typesByTopic.put(channel.getValue().get("address").asString(), types);
        });
        return new EventContract(messages, typesByTopic);
    }

    /** Every message type ({@code ce_type}) the contract documents. */
    public Set<String> types() {
        return messages.keySet();
    }

    /** Every topic the contract documents. */
    public Set<String> topics() {
        return typesByTopic.keySet();
    }

    /** Fails with every violation of a captured record. */
    public void validate(ConsumerRecord<?, ?> record) {
        Map<String, String> headers = new HashMap<>();
        for (Header header : record.headers()) {
            headers.put(
                    header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        validate(record.topic(), headers, text(record.value()));
    }

    /** Fails with every violation of a record given as its topic, header values and JSON value. */
    public void validate(String topic, Map<String, String> headers, String payload) {
        List<String> violations = violations(topic, headers, payload);
        if (!violations.isEmpty()) {
            throw new AssertionError("Record on " + topic + " breaks the event contract (docs/asyncapi.yaml):\n  "
                    + String.join("\n  ", violations));
        }
    }

    /** The violations of a record; empty when it keeps the contract. */
    public List<String> violations(String topic, Map<String, String> headers, String payload) {
        String type = headers.get("ce_type");
        if (type == null) {
            return List.of("no ce_type header");
        }
        Message message = messages.get(type);
        if (message == null) {
            return List.of("no schema for type " + type + ": document it in docs/asyncapi.yaml");
        }
        List<String> violations = new ArrayList<>();
        Set<String> allowed = typesByTopic.get(topic);
        if (allowed == null) {
            violations.add("topic " + topic + " is not in the contract");
        } else if (!allowed.contains(type)) {
            violations.add(type + " is not a message of " + topic);
        }
        ObjectNode headerNode = JSON.createObjectNode();
        headers.forEach(headerNode::put);
        message.headers().validate(headerNode).forEach(error -> violations.add("header " + error));
        if (payload == null) {
            violations.add("no payload");
        } else {
            message.payload().validate(payload, InputFormat.JSON).forEach(error -> violations.add("payload " + error));
        }
        return violations;
    }

    private static String text(Object value) {
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return value == null ? null : value.toString();
    }

    private static JsonNode read() {
        try (InputStream yaml = EventContract.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
            if (yaml == null) {
                throw new IllegalStateException(DOCUMENT + " is not on the classpath (service-defaults test-jar)");
            }
            return YAMLMapper.builder().build().readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Message(String name, Schema headers, Schema payload) {}
}

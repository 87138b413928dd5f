package nl.starters.servicedefaults.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.starters.servicedefaults.kafka.EventEnvelope;
import nl.starters.servicedefaults.kafka.TopicSpec;
import nl.starters.servicedefaults.kafka.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class EventContractTests {

    static final EventContract contract = EventContract.load();

    final UUID member = UUID.randomUUID();
    final String registered = """
            {"memberId":"%s","displayName":"Sanne Bakker","staff":false,"homeBranch":"utrecht","roles":["MEMBER"]}""".formatted(member);

    @Test
    void documentsEveryTopicOfTheCatalogueAndNoOther() {
        assertThat(contract.topics())
                .containsExactlyInAnyOrderElementsOf(
                        Topics.all().stream().map(TopicSpec::name).toList());
    }

    @Test
    void acceptsARecordThatKeepsTheContract() {
        assertThat(contract.violations(Topics.MEMBERS, headers("member.registered.v1"), registered))
                .isEmpty();
    }

    @Test
    void acceptsACapturedRecordWithBinaryValue() {
        var record = new ConsumerRecord<String, byte[]>(
                Topics.MEMBERS, 0, 0L, member.toString(), registered.getBytes(StandardCharsets.UTF_8));
        headers("member.registered.v1")
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));

        contract.validate(record);
    }

    @Test
    void failsForATypeWithoutASchema() {
        assertThatThrownBy(() -> contract.validate(Topics.MEMBERS, headers("member.promoted.v1"), registered))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("no schema for type member.promoted.v1");
    }

    @Test
    void failsForAPayloadThatMissesAFieldOrAddsAnUndocumentedOne() {
        String missing = "{\"memberId\":\"%s\",\"displayName\":\"Sanne\"}".formatted(member);
        String extra = registered.replace("}", ",\"email\":\"sanne@example.org\"}");

        assertThat(contract.violations(Topics.MEMBERS, headers("member.registered.v1"), missing))
                .anySatisfy(violation -> assertThat(violation).contains("staff"));
        assertThat(contract.violations(Topics.MEMBERS, headers("member.registered.v1"), extra))
                .anySatisfy(violation -> assertThat(violation).contains("email"));
    }

    @Test
    void failsForAMalformedIdOrTime() {
        String badId = registered.replace(member.toString(), "not-a-uuid");
        Map<String, String> badTime = headers("member.registered.v1");
        badTime.put("ce_time", "yesterday");

        assertThat(contract.violations(Topics.MEMBERS, headers("member.registered.v1"), badId))
                .isNotEmpty();
        assertThat(contract.violations(Topics.MEMBERS, badTime, registered))
                .anySatisfy(violation -> assertThat(violation).contains("ce_time"));
    }

    @Test
    void failsForATypeOnAnotherTopic() {
        assertThat(contract.violations(Topics.ACTIVITY, headers("member.registered.v1"), registered))
                .contains("member.registered.v1 is not a message of activity.v1");
    }

    @Test
    void knowsTheActivityPayloadOfTheDesign() {
        String activity = """
                {"eventId":"%s","branch":"utrecht","type":"FIRST_STAFF_REPLY","occurredAt":"2026-03-01T12:00:00Z",\
                "memberHash":"9f86d081","subjectId":"%s","latencySeconds":5400}""".formatted(UUID.randomUUID(), UUID.randomUUID());

        assertThat(contract.violations(Topics.ACTIVITY, headers("activity.recorded.v1"), activity))
                .isEmpty();
        assertThat(contract.violations(
                        Topics.ACTIVITY,
                        headers("activity.recorded.v1"),
                        activity.replace("FIRST_STAFF_REPLY", "LIKE")))
                .isNotEmpty();
    }

    private static Map<String, String> headers(String type) {
        Map<String, String> headers = new HashMap<>();
        new EventEnvelope(EventEnvelope.newId(), type, "/members", Instant.now())
                .toHeaders()
                .forEach(header -> headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8)));
        return headers;
    }
}

package nl.starters.branch.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nl.starters.servicedefaults.kafka.EventEnvelope;
import nl.starters.servicedefaults.kafka.Topics;
import nl.starters.servicedefaults.testing.ServiceIntegrationTest;
import nl.starters.servicedefaults.testing.security.TestIdentity;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

@ServiceIntegrationTest
class MemberCopyIntegrationTests {

    static final String BEARER = TestIdentity.memberOf("utrecht").bearer();

    @Autowired
    WebTestClient web;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    DatabaseClient db;

    @Test
    void showsAMemberOnceTheirRegistrationArrived() {
        UUID member = UUID.randomUUID();
        publish(member, "member.registered.v1", registered(member, "Sanne Bakker", true), EventEnvelope.newId());

        awaitCard(member, "Sanne Bakker");
        web.get()
                .uri("/api/branches/utrecht/members/{id}", member)
                .header(HttpHeaders.AUTHORIZATION, BEARER)
                .exchange()
                .expectBody()
                .jsonPath("$.staff")
                .isEqualTo(true);
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        UUID member = UUID.randomUUID();
        UUID eventId = EventEnvelope.newId();
        publish(member, "member.registered.v1", registered(member, "Old name", false), eventId);
        awaitCard(member, "Old name");
        publish(member, "member.profile-changed.v1", registered(member, "New name", false), EventEnvelope.newId());
        awaitCard(member, "New name");

        publish(member, "member.registered.v1", registered(member, "Old name", false), eventId);
        UUID marker = UUID.randomUUID();
        publish(marker, "member.registered.v1", registered(marker, "Marker", false), EventEnvelope.newId());
        awaitCard(marker, "Marker");

        awaitCard(member, "New name");
        assertThat(processedCount(eventId)).isEqualTo(1);
    }

    @Test
    void anErasedMemberShowsAsFormerMember() {
        UUID member = UUID.randomUUID();
        publish(member, "member.registered.v1", registered(member, "Piet Smit", false), EventEnvelope.newId());
        awaitCard(member, "Piet Smit");

        publish(member, "member.erased.v1", "{\"memberId\":\"" + member + "\"}", EventEnvelope.newId());

        awaitCard(member, "former member");
    }

    @Test
    void aMemberOfThisBranchFirstAppearingIsAMemberJoinedActivityOnce() {
        UUID member = UUID.randomUUID();
        UUID elsewhere = UUID.randomUUID();
        publish(member, "member.registered.v1", registered(member, "Nieuw Lid", false), EventEnvelope.newId());
        publish(
                elsewhere,
                "member.registered.v1",
                registered(elsewhere, "Elders", false).replace("\"utrecht\"", "\"groningen\""),
                EventEnvelope.newId());
        awaitCard(member, "Nieuw Lid");
        awaitCard(elsewhere, "Elders");
        publish(member, "member.profile-changed.v1", registered(member, "Nieuwe Naam", false), EventEnvelope.newId());
        awaitCard(member, "Nieuwe Naam");

        assertThat(joined(member)).isOne();
        assertThat(joined(elsewhere)).isZero();
        assertThat(db.sql("SELECT count(*) FROM member_activity WHERE member_id = :id")
                        .bind("id", member)
                        .map(row -> row.get(0, Long.class))
                        .one()
                        .block(Duration.ofSeconds(5)))
                .as("joining is no contribution")
                .isZero();
    }

    private long joined(UUID member) {
        return db.sql("SELECT count(*) FROM messaging.outbox WHERE type = 'activity.recorded.v1'"
                        + " AND payload::jsonb ->> 'type' = 'MEMBER_JOINED'"
                        + " AND payload::jsonb ->> 'subjectId' = :id")
                .bind("id", member.toString())
                .map(row -> row.get(0, Long.class))
                .one()
                .block(Duration.ofSeconds(5));
    }

    private void publish(UUID key, String type, String json, UUID eventId) {
        var envelope = new EventEnvelope(eventId, type, "/members", Instant.now());
        var record = new ProducerRecord<>(Topics.MEMBERS, null, key.toString(), json, envelope.toHeaders());
        kafka.send(record).join();
    }

    private static String registered(UUID member, String displayName, boolean staff) {
        return """
                {"memberId":"%s","displayName":"%s","staff":%s,"homeBranch":"utrecht","roles":["MEMBER"]}""".formatted(member, displayName, staff);
    }

    private void awaitCard(UUID member, String displayName) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> web.get()
                        .uri("/api/branches/utrecht/members/{id}", member)
                        .header(HttpHeaders.AUTHORIZATION, BEARER)
                        .exchange()
                        .expectStatus()
                        .isOk()
                        .expectBody()
                        .jsonPath("$.displayName")
                        .isEqualTo(displayName));
    }

    private long processedCount(UUID eventId) {
        return db.sql("SELECT count(*) FROM messaging.processed_events WHERE event_id = :id")
                .bind("id", eventId)
                .map(row -> row.get(0, Long.class))
                .one()
                .block(Duration.ofSeconds(5));
    }
}

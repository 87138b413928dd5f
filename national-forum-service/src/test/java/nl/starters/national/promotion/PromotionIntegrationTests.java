package nl.starters.national.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nl.starters.servicedefaults.kafka.EventEnvelope;
import nl.starters.servicedefaults.testing.ServiceIntegrationTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.r2dbc.core.DatabaseClient;

@ServiceIntegrationTest
class PromotionIntegrationTests {

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    DatabaseClient db;

    @Test
    void aPromotedQuestionBecomesACopyUnderTheSameIdWithItsBranchAndAsker() {
        UUID question = UUID.randomUUID();
        UUID asker = UUID.randomUUID();
        new Promotions(kafka).publish(question, "utrecht", asker, "VAT on a market stall", "SHARED", "tax", "vat");

        awaitTitle(question, "VAT on a market stall");
        assertThat(field(question, "origin_branch")).isEqualTo("utrecht");
        assertThat(field(question, "asker_id::text")).isEqualTo(asker.toString());
        assertThat(field(question, "array_to_string(tags, ',')")).isEqualTo("tax,vat");
        assertThat(field(question, "status")).isEqualTo("SHARED");
    }

    @Test
    void aRedeliveredRecordLeavesOneCopyAndALaterVersionUpdatesIt() {
        UUID question = UUID.randomUUID();
        UUID asker = UUID.randomUUID();
        UUID eventId = EventEnvelope.newId();
        Instant first = Instant.now();
        Promotions promotions = new Promotions(kafka);
        promotions.publish(eventId, question, "groningen", asker, "First title", "SHARED", first);
        awaitTitle(question, "First title");
        promotions.publish(
                EventEnvelope.newId(), question, "groningen", asker, "Edited title", "SHARED", first.plusSeconds(1));
        awaitTitle(question, "Edited title");

        promotions.publish(eventId, question, "groningen", asker, "First title", "SHARED", first);
        UUID marker = UUID.randomUUID();
        promotions.publish(marker, "groningen", asker, "Marker", "SHARED");
        awaitTitle(marker, "Marker");

        assertThat(field(question, "title")).isEqualTo("Edited title");
        assertThat(db.sql("SELECT count(*) FROM national_questions WHERE id = :id")
                        .bind("id", question)
                        .map(row -> row.get(0, Long.class))
                        .one()
                        .block(Duration.ofSeconds(5)))
                .isEqualTo(1L);
    }

    @Test
    void anOlderVersionArrivingLateDoesNotOverwriteANewerOne() {
        UUID question = UUID.randomUUID();
        UUID asker = UUID.randomUUID();
        Instant now = Instant.now();
        Promotions promotions = new Promotions(kafka);
        promotions.publish(EventEnvelope.newId(), question, "utrecht", asker, "Newer", "WITHDRAWN", now);
        promotions.publish(EventEnvelope.newId(), question, "utrecht", asker, "Older", "SHARED", now.minusSeconds(5));
        UUID marker = UUID.randomUUID();
        promotions.publish(marker, "utrecht", asker, "Marker", "SHARED");
        awaitTitle(marker, "Marker");

        assertThat(field(question, "title")).isEqualTo("Newer");
        assertThat(field(question, "status")).isEqualTo("WITHDRAWN");
    }

    @Test
    void aRecordWithoutARequiredFieldIsSetAsideAndTheNextVersionIsFolded() {
        UUID question = UUID.randomUUID();
        String withoutTitle = """
                {"questionId":"%s","branch":"utrecht","askerId":"%s","body":"b","status":"SHARED",
                 "promotedAt":"2026-03-01T10:00:00Z"}""".formatted(question, UUID.randomUUID());
        var envelope =
                new EventEnvelope(EventEnvelope.newId(), PromotionListener.TYPE, "/branches/utrecht", Instant.now());
        kafka.send(new org.apache.kafka.clients.producer.ProducerRecord<>(
                        nl.starters.servicedefaults.kafka.Topics.QUESTIONS_PROMOTED,
                        null,
                        question.toString(),
                        withoutTitle,
                        envelope.toHeaders()))
                .join();
        // the same key, so the same partition: folded only once the poison record was set aside
        new Promotions(kafka).publish(question, "utrecht", UUID.randomUUID(), "After the poison", "SHARED");

        awaitTitle(question, "After the poison");
    }

    private void awaitTitle(UUID question, String title) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(field(question, "title")).isEqualTo(title));
    }

    private String field(UUID question, String expression) {
        return db.sql("SELECT " + expression + " AS v FROM national_questions WHERE id = :id")
                .bind("id", question)
                .map(row -> String.valueOf(row.get("v")))
                .one()
                .block(Duration.ofSeconds(5));
    }
}

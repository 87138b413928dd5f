package nl.starters.servicedefaults.backbone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.starters.servicedefaults.outbox.Outbox;
import nl.starters.servicedefaults.outbox.OutgoingEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

@BackboneTest
class OutboxRelayIntegrationTests {

    @Autowired
    Ledger ledger;

    @Autowired
    Outbox outbox;

    @Autowired
    BackboneDatabase database;

    @Autowired
    ConfigurableApplicationContext context;

    @LocalManagementPort
    int managementPort;

    @Test
    void publishesACommittedEventWithItsCloudEventsEnvelope() {
        String key = "prompt-" + UUID.randomUUID();
        Instant before = Instant.now();
        ledger.record(key, 1).block();

        // the safety poll is 10 minutes here: only the commit's notification can wake the relay in time
        ConsumerRecord<String, byte[]> record = await().atMost(Duration.ofSeconds(15))
                .until(() -> recordsOf(key), records -> records.size() == 1)
                .get(0);

        assertThat(header(record, "ce_type")).isEqualTo(BackboneTestApplication.TYPE);
        assertThat(header(record, "ce_source")).isEqualTo("/backbone-test");
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "content-type")).isEqualTo("application/json");
        assertThat(UUID.fromString(header(record, "ce_id")).version()).isEqualTo(7);
        assertThat(Instant.parse(header(record, "ce_time"))).isBetween(before.minusSeconds(1), Instant.now());
        assertThat(new String(record.value(), StandardCharsets.UTF_8))
                .isEqualTo("{\"key\":\"" + key + "\",\"seq\":1,\"poison\":false}");
        await().until(() -> database.unpublished(key) == 0);
        await().until(() -> database.effects("backbone", key) == 1);
    }

    @Test
    void publishesAgainAfterItsContextWasStoppedAndStartedAgain() {
        context.stop();
        context.start();
        String key = "restarted-" + UUID.randomUUID();

        ledger.record(key, 1).block();

        await().atMost(Duration.ofSeconds(15)).until(() -> recordsOf(key).size() == 1);
    }

    @Test
    void publishesNothingForARolledBackWrite() {
        String key = "rollback-" + UUID.randomUUID();
        assertThatThrownBy(() -> ledger.recordThenFail(key, 1).block()).hasMessageContaining("the feature failed");
        ledger.record(key, 2).block();

        await().until(() -> recordsOf(key).size() == 1);
        assertThat(recordsOf(key))
                .singleElement()
                .satisfies(record -> assertThat(new String(record.value(), StandardCharsets.UTF_8))
                        .contains("\"seq\":2"));
        assertThat(database.outboxRows(key)).hasSize(1);
        assertThat(database.ledgerEntries(key)).isEqualTo(1);
    }

    @Test
    void refusesAnAppendOutsideATransaction() {
        var event = OutgoingEvent.of(BackboneTestApplication.TOPIC, "k", BackboneTestApplication.TYPE, "x");

        assertThatThrownBy(() -> outbox.append(event).block())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("inside the transaction");
    }

    @Test
    void rendersTheOutboxMetricsForPrometheus() {
        String key = "metrics-" + UUID.randomUUID();
        ledger.record(key, 1).block();
        await().until(() -> database.unpublished(key) == 0);

        String scrape = WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + managementPort)
                .build()
                .get()
                .uri("/actuator/prometheus")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        assertThat(scrape)
                .contains("outbox_oldest_unpublished_age_seconds")
                .contains("outbox_pending")
                .contains("outbox_published_total{application=\"backbone-test\",topic=\"backbone.test.v1\"}")
                .contains("outbox_failed_total{application=\"backbone-test\",topic=\"members.v1\"}");
    }

    static List<ConsumerRecord<String, byte[]>> recordsOf(String keyPrefix) {
        return TopicReader.readAll(BackboneTestApplication.TOPIC).stream()
                .filter(record -> record.key() != null && record.key().startsWith(keyPrefix))
                .toList();
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}

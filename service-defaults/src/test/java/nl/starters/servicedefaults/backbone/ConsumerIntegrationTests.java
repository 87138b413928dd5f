package nl.starters.servicedefaults.backbone;

import static nl.starters.servicedefaults.backbone.OutboxRelayIntegrationTests.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.starters.servicedefaults.kafka.EventEnvelope;
import nl.starters.servicedefaults.testing.ProxiedInfrastructure;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.test.web.reactive.server.WebTestClient;

@BackboneTest
class ConsumerIntegrationTests {

    static final String TOPIC = BackboneTestApplication.TOPIC;
    static final String DLT = TOPIC + ".DLT";

    @Autowired
    Ledger ledger;

    @Autowired
    BackboneDatabase database;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Autowired
    MeterRegistry metrics;

    @LocalManagementPort
    int managementPort;

    @AfterEach
    void poisonFailsAgain() {
        LedgerListener.FIXED.set(false);
    }

    @Test
    void changesNothingWhenTheGroupIsRewoundAndTheRecordsComeAgain() throws Exception {
        String key = "rewind-" + UUID.randomUUID();
        try (Admin admin = TopicReader.admin()) {
            Map<TopicPartition, OffsetAndMetadata> before = TopicReader.endOffsets(admin, TOPIC);
            for (int seq = 1; seq <= 20; seq++) {
                ledger.record(key + "-" + (seq % 4), seq).block();
            }
            await().until(() -> database.effects("backbone", key) == 20);
            double duplicates = duplicates();

            listeners.getListenerContainer("ledger").stop();
            admin.alterConsumerGroupOffsets("backbone", before).all().get();
            listeners.getListenerContainer("ledger").start();

            await().until(() -> duplicates() >= duplicates + 20);
            assertThat(database.effects("backbone", key)).isEqualTo(20);
            assertThat(database.distinctEffects("backbone", key)).isEqualTo(20);
        }
    }

    @Test
    void deadLettersUnreadableRecordsAndProcessesTheNextOne() {
        String key = "unreadable-" + UUID.randomUUID();
        byte[] notUtf8 = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF};
        send(key, notUtf8);
        send(key, "not JSON at all".getBytes(StandardCharsets.UTF_8));
        ledger.record(key, 3).block();

        await().until(() -> database.effects("backbone", key) == 1);
        List<ConsumerRecord<String, byte[]>> deadLetters =
                await().until(() -> recordsOf(DLT, key), records -> records.size() == 2);
        assertThat(deadLetters.get(0).value()).isEqualTo(notUtf8);
        assertThat(header(deadLetters.get(0), "kafka_dlt-exception-stacktrace")).contains("is not UTF-8 text");
        assertThat(new String(deadLetters.get(1).value(), StandardCharsets.UTF_8))
                .isEqualTo("not JSON at all");
        assertThat(header(deadLetters.get(1), "kafka_dlt-exception-message")).contains("not JSON");
        assertThat(deadLetters).allSatisfy(deadLetter -> {
            assertThat(deadLetter.partition())
                    .isEqualTo(recordsOf(TOPIC, key).get(0).partition());
            assertThat(header(deadLetter, "kafka_dlt-original-topic")).isEqualTo(TOPIC);
        });
    }

    @Test
    void deadLettersAFailingEventCarriesOnAndRedrivesItAfterTheFix() {
        String key = "poison-" + UUID.randomUUID();
        double deadLettered =
                metrics.counter("consumer.dead.letters", "topic", TOPIC).count();
        ledger.recordPoisoned(key, 1).block();
        ledger.record(key, 2).block();

        await().until(() -> database.effects("backbone", key) == 1);
        ConsumerRecord<String, byte[]> deadLetter = await().until(
                        () -> recordsOf(DLT, key), records -> records.size() == 1)
                .get(0);
        assertThat(header(deadLetter, "kafka_dlt-exception-message")).contains("entry 1 of " + key + " is poisoned");
        assertThat(header(deadLetter, "kafka_dlt-exception-fqcn")).isNotBlank();
        assertThat(header(deadLetter, EventEnvelope.TYPE)).isEqualTo(BackboneTestApplication.TYPE);
        assertThat(metrics.counter("consumer.dead.letters", "topic", TOPIC).count())
                .isGreaterThanOrEqualTo(deadLettered + 1);

        LedgerListener.FIXED.set(true);
        management()
                .get()
                .uri("/actuator/deadletters")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$['backbone.test.v1.DLT']")
                .isNumber();
        management()
                .post()
                .uri("/actuator/deadletters/" + TOPIC)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.redriven")
                .value(redriven -> assertThat((Integer) redriven).isPositive());

        await().until(() -> database.effects("backbone", key) == 2);
        assertThat(recordsOf(TOPIC, key)).hasSize(3); // the first time, the re-driven copy and entry 2
        management()
                .post()
                .uri("/actuator/deadletters/" + DLT)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.redriven")
                .isEqualTo(0);
    }

    private WebTestClient management() {
        return WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + managementPort)
                .build();
    }

    private double duplicates() {
        return metrics.counter("consumer.events", "topic", TOPIC, "outcome", "duplicate")
                .count();
    }

    static List<ConsumerRecord<String, byte[]>> recordsOf(String topic, String keyPrefix) {
        return TopicReader.readAll(topic).stream()
                .filter(record -> record.key() != null && record.key().startsWith(keyPrefix))
                .toList();
    }

    private static void send(String key, byte[] value) {
        var envelope = new EventEnvelope(EventEnvelope.newId(), BackboneTestApplication.TYPE, "/test", Instant.now());
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ProxiedInfrastructure.get().bootstrapServers());
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(TOPIC, null, key, value, envelope.toHeaders()));
        }
    }
}

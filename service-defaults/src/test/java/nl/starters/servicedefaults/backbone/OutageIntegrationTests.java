package nl.starters.servicedefaults.backbone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.UUID;
import nl.starters.servicedefaults.testing.ProxiedInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.util.retry.Retry;

/** Kafka and PostgreSQL cut off for seconds under the relay and the consumer (TCP proxies closed). */
@BackboneTest
class OutageIntegrationTests {

    static final Duration PATIENCE = Duration.ofSeconds(60);

    final ProxiedInfrastructure infrastructure = ProxiedInfrastructure.get();

    @Autowired
    Ledger ledger;

    @Autowired
    BackboneDatabase database;

    @Autowired
    MeterRegistry metrics;

    @LocalManagementPort
    int managementPort;

    @AfterEach
    void reconnect() {
        infrastructure.reconnect();
    }

    @Test
    void deliversEveryEventOnceAndInOrderAfterTheBrokerWasAway() {
        String key = "broker-away-" + UUID.randomUUID();
        double failed = failedSends();
        infrastructure.broker().close();

        write(key, 10, 20);
        await().atMost(PATIENCE).until(() -> failedSends() > failed); // the relay tried, and backs off
        assertThat(database.unpublished(key)).isEqualTo(200);
        management()
                .get()
                .uri("/actuator/health/readiness")
                .exchange()
                .expectStatus()
                .isOk();
        management()
                .get()
                .uri("/actuator/health")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.components.kafka.status")
                .isEqualTo("UP")
                .jsonPath("$.components.kafka.details.reachable")
                .isEqualTo(false);

        infrastructure.broker().open();

        await().atMost(PATIENCE).until(() -> database.unpublished(key) == 0);
        Delivered.of(key).assertExactlyOnceInOrder(200);
        await().atMost(PATIENCE).until(() -> database.effects("backbone", key) == 200);
        assertThat(database.distinctEffects("backbone", key)).isEqualTo(200);
        management()
                .get()
                .uri("/actuator/health")
                .exchange()
                .expectBody()
                .jsonPath("$.components.kafka.details.reachable")
                .isEqualTo(true);
    }

    @Test
    void losesNothingAndDuplicatesNoEffectWhenTheDatabaseWasAwayUnderConsumerAndRelay() throws Exception {
        String key = "database-away-" + UUID.randomUUID();
        write(key + "-a", 5, 20);
        await().atMost(PATIENCE).until(() -> database.effects("backbone", key) > 0);
        infrastructure.database().close(); // under the consumer, mid-stream
        Thread.sleep(2000);
        infrastructure.database().open();

        infrastructure.broker().close();
        write(key + "-b", 5, 20); // the relay keeps these while Kafka is away ...
        Thread.sleep(1500);
        infrastructure.database().close(); // ... and then loses its database
        infrastructure.broker().open();
        Thread.sleep(2500);
        infrastructure.database().open();

        write(key + "-c", 5, 20); // the relay hears of these once its LISTEN connection is back
        await().atMost(PATIENCE).until(() -> database.unpublished(key) == 0);
        await().atMost(PATIENCE).until(() -> database.effects("backbone", key) == 300);
        assertThat(database.distinctEffects("backbone", key)).isEqualTo(300);
        Delivered.of(key).assertEveryEventInOrder(300);
    }

    /** Writes {@code perKey} entries for each of {@code keys} keys, interleaved, one transaction each. */
    private void write(String key, int keys, int perKey) {
        Flux.range(1, perKey)
                .concatMap(seq -> Flux.range(0, keys)
                        .concatMap(k -> ledger.record(key + "-" + k, seq)
                                .retryWhen(Retry.fixedDelay(10, Duration.ofMillis(300)))))
                .then()
                .block(PATIENCE);
    }

    private double failedSends() {
        return metrics.counter("outbox.failed", "topic", BackboneTestApplication.TOPIC)
                .count();
    }

    private WebTestClient management() {
        return WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + managementPort)
                .responseTimeout(Duration.ofSeconds(20))
                .build();
    }
}

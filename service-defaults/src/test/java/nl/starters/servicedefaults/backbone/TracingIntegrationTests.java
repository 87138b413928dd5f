package nl.starters.servicedefaults.backbone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.starters.servicedefaults.tracing.TraceParent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * One trace from an HTTP write through the outbox and Kafka to the consumer: the row keeps the request's
 * trace context, the relay sends it as the record's {@code traceparent}, and the listener's processing (and
 * its log lines) continue that trace.
 */
@BackboneTest
@ExtendWith(OutputCaptureExtension.class)
class TracingIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    BackboneDatabase database;

    WebTestClient client;

    @BeforeEach
    void client() {
        client = WebTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(20))
                .build();
    }

    @Test
    void theConsumerContinuesTheTraceOfTheHttpRequestThatWroteTheEvent(CapturedOutput output) {
        String key = "traced-" + UUID.randomUUID();
        String traceId = hex(16);
        String callerSpanId = hex(8);

        client.post()
                .uri("/ledger/{key}", key)
                .header(TraceParent.HEADER, "00-" + traceId + "-" + callerSpanId + "-01")
                .exchange()
                .expectStatus()
                .isOk();

        TraceParent sent = new TraceParent(OutboxRelayIntegrationTests.header(published(key), TraceParent.HEADER));
        assertThat(sent.traceId()).isEqualTo(traceId);
        assertThat(sent.parentSpanId()).as("the service's own span").isNotEqualTo(callerSpanId);
        assertThat(database.outboxRows(key))
                .singleElement()
                .satisfies(row -> assertThat(row.get("traceparent")).isEqualTo(sent.value()));
        await().atMost(Duration.ofSeconds(15)).until(() -> LedgerListener.TRACE_IDS.containsKey(key));
        assertThat(LedgerListener.TRACE_IDS.get(key)).isEqualTo(traceId);
        assertThat(output.getOut().lines().filter(line -> line.contains("Applied entry 1 of " + key)))
                .singleElement()
                .asString()
                .contains(traceId);
    }

    @Test
    void aWriteWithoutACallersTraceStartsOneThatTheConsumerContinues() {
        String key = "untraced-caller-" + UUID.randomUUID();

        client.post().uri("/ledger/{key}", key).exchange().expectStatus().isOk();

        String traceId =
                new TraceParent(OutboxRelayIntegrationTests.header(published(key), TraceParent.HEADER)).traceId();
        await().atMost(Duration.ofSeconds(15)).until(() -> LedgerListener.TRACE_IDS.containsKey(key));
        assertThat(LedgerListener.TRACE_IDS.get(key)).isEqualTo(traceId);
    }

    @Test
    void anEventWrittenOutsideAnyTraceIsPublishedWithoutATraceparent(@Autowired Ledger ledger) {
        String key = "no-trace-" + UUID.randomUUID();

        ledger.record(key, 1).block();

        assertThat(published(key).headers().lastHeader(TraceParent.HEADER)).isNull();
        await().until(() -> database.effects("backbone", key) == 1);
    }

    private static ConsumerRecord<String, byte[]> published(String key) {
        return await().atMost(Duration.ofSeconds(15))
                .until(() -> OutboxRelayIntegrationTests.recordsOf(key), records -> records.size() == 1)
                .get(0);
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}

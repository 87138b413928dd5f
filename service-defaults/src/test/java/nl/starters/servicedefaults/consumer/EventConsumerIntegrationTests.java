package nl.starters.servicedefaults.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import nl.starters.servicedefaults.backbone.BackboneTest;
import nl.starters.servicedefaults.kafka.EventEnvelope;
import nl.starters.servicedefaults.kafka.InvalidEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.core.publisher.Mono;

/** The consumer API on its own, without a listener container around it. */
@BackboneTest
class EventConsumerIntegrationTests {

    @Autowired
    EventConsumer events;

    @Autowired
    ProcessedEventsCleanup cleanup;

    final AtomicInteger effects = new AtomicInteger();

    @Test
    void runsTheEffectOfAnEventOnceHoweverOftenItArrives() {
        var record = record("{\"memberId\":\"m-1\"}");

        assertThat(events.process("api-test", record, event -> Mono.fromRunnable(effects::incrementAndGet)))
                .isTrue();
        assertThat(events.process("api-test", record, event -> Mono.fromRunnable(effects::incrementAndGet)))
                .isFalse();
        assertThat(events.process("other-consumer", record, event -> Mono.fromRunnable(effects::incrementAndGet)))
                .isTrue();
        assertThat(effects).hasValue(2);
    }

    @Test
    void forgetsTheEventIfTheEffectFailsSoARetryRunsItAgain() {
        var record = record("{}");

        assertThatThrownBy(() -> events.process(
                        "api-test", record, event -> Mono.error(new IllegalStateException("effect failed"))))
                .hasMessage("effect failed");
        assertThat(events.process("api-test", record, event -> Mono.fromRunnable(effects::incrementAndGet)))
                .isTrue();
    }

    @Test
    void givesUpWaitingAfterTheTimeoutAndRollsBack() {
        var record = record("{}");

        assertThatThrownBy(() -> events.process("api-test", record, event -> Mono.never()))
                .isInstanceOf(EventProcessingTimeout.class);
        assertThat(events.process("api-test", record, event -> Mono.empty())).isTrue();
    }

    @Test
    void refusesARecordWithoutAnEnvelope() {
        var record = new ConsumerRecord<>("members.v1", 0, 0L, "k", "{}");

        assertThatThrownBy(() -> events.process("api-test", record, event -> Mono.empty()))
                .isInstanceOf(InvalidEventException.class);
    }

    @Test
    void forgetsProcessedIdsOlderThanTheRetention() {
        events.process("cleanup-test", record("{}"), event -> Mono.empty());

        assertThat(cleanup.deleteExpired(Duration.ofDays(1)).block()).isZero();
        assertThat(cleanup.deleteExpired(Duration.ZERO).block()).isPositive();
    }

    private static ConsumerRecord<String, String> record(String json) {
        var record = new ConsumerRecord<>("members.v1", 0, 0L, "k", json);
        new EventEnvelope(EventEnvelope.newId(), "member.registered.v1", "/members", Instant.now())
                .toHeaders()
                .forEach(header -> record.headers().add(header));
        return record;
    }
}

package nl.starters.servicedefaults.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import nl.starters.servicedefaults.kafka.TopicSpec;
import nl.starters.servicedefaults.kafka.Topics;

/**
 * The outbox in Prometheus: {@code outbox_oldest_unpublished_age_seconds} (alert when it grows),
 * {@code outbox_pending}, {@code outbox_published_total} and {@code outbox_failed_total} per topic.
 */
class OutboxMetrics {

    private final MeterRegistry registry;
    private final Clock clock;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicReference<Instant> oldest = new AtomicReference<>();

    OutboxMetrics(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
        Gauge.builder("outbox.oldest.unpublished.age", this, OutboxMetrics::oldestAgeSeconds)
                .baseUnit("seconds")
                .description("Age of the oldest event not yet acknowledged by the broker (0 when none)")
                .register(registry);
        Gauge.builder("outbox.pending", pending, AtomicLong::get)
                .description("Events waiting to be published")
                .register(registry);
        Topics.all().stream()
                .map(TopicSpec::name)
                .filter(name -> !name.endsWith(TopicSpec.DLT_SUFFIX))
                .forEach(topic -> {
                    published(topic);
                    failed(topic);
                });
    }

    void published(String topic, int count) {
        published(topic).increment(count);
    }

    void failed(String topic, int count) {
        failed(topic).increment(count);
    }

    void pending(long count, Instant oldestOccurredAt) {
        pending.set(count);
        oldest.set(oldestOccurredAt);
    }

    private double oldestAgeSeconds() {
        Instant since = oldest.get();
        return since == null
                ? 0
                : Math.max(0, Duration.between(since, clock.instant()).toMillis() / 1000.0);
    }

    private Counter published(String topic) {
        return Counter.builder("outbox.published")
                .description("Events the broker acknowledged")
                .tag("topic", topic)
                .register(registry);
    }

    private Counter failed(String topic) {
        return Counter.builder("outbox.failed")
                .description("Failed attempts to publish an event (retried unless permanent)")
                .tag("topic", topic)
                .register(registry);
    }
}

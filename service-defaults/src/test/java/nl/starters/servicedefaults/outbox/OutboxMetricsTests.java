package nl.starters.servicedefaults.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class OutboxMetricsTests {

    final Instant now = Instant.parse("2026-03-01T12:00:00Z");
    final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    final OutboxMetrics metrics = new OutboxMetrics(registry, Clock.fixed(now, ZoneOffset.UTC));

    @Test
    void showsTheAgeOfTheOldestUnpublishedEventInSeconds() {
        metrics.pending(3, now.minusSeconds(90));

        assertThat(registry.scrape())
                .contains("outbox_oldest_unpublished_age_seconds 90.0")
                .contains("outbox_pending 3.0");
    }

    @Test
    void showsNoAgeWhenNothingWaits() {
        metrics.pending(0, null);

        assertThat(registry.scrape()).contains("outbox_oldest_unpublished_age_seconds 0.0");
    }

    @Test
    void countsPublishedAndFailedEventsPerTopic() {
        metrics.published("members.v1", 2);
        metrics.failed("activity.v1", 1);

        assertThat(registry.scrape())
                .contains("outbox_published_total{topic=\"members.v1\"} 2.0")
                .contains("outbox_failed_total{topic=\"activity.v1\"} 1.0")
                .contains("outbox_failed_total{topic=\"members.v1\"} 0.0");
    }
}

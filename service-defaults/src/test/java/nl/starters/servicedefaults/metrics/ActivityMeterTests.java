package nl.starters.servicedefaults.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActivityMeterTests {

    final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    final ActivityMeter meter = new ActivityMeter(registry);

    @Test
    void expectedTypesShowAtZeroBeforeTheFirstActivity() {
        meter.expect(List.of("POST_PUBLISHED", "ANSWER"));

        assertThat(registry.scrape())
                .contains("community_activity_total{type=\"POST_PUBLISHED\"} 0.0")
                .contains("community_activity_total{type=\"ANSWER\"} 0.0");
    }

    @Test
    void countsAtOnceOutsideATransaction() {
        meter.countAfterCommit("ANSWER").block();
        meter.countAfterCommit("ANSWER").block();

        assertThat(registry.scrape()).contains("community_activity_total{type=\"ANSWER\"} 2.0");
    }

    @Test
    void countsNothingUntilSubscribed() {
        meter.countAfterCommit("COMMENT");

        assertThat(registry.scrape()).contains("community_activity_total{type=\"COMMENT\"} 0.0");
    }
}

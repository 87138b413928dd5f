package nl.starters.servicedefaults.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import nl.starters.servicedefaults.testing.metrics.PrometheusScrape;
import nl.starters.servicedefaults.testing.metrics.Promtool;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lint every service's integration test runs over its real scrape: it passes our meters and can fail. */
class PromtoolTests {

    final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    @BeforeEach
    void promtoolIsThere() {
        assumeTrue(Promtool.find().isPresent(), "promtool is not on the PATH (Debian package prometheus)");
        registry.config().meterFilter(MeterFilter.commonTags(Tags.of("application", "test", "branch", "utrecht")));
    }

    @Test
    void passesTheCommunityMeters() {
        new ActivityMeter(registry).expect(List.of("POST_PUBLISHED"));
        Timer.builder("community.first_reply")
                .description("Time to the first staff reply")
                .publishPercentileHistogram()
                .serviceLevelObjectives(Duration.ofHours(8))
                .minimumExpectedValue(Duration.ofMinutes(1))
                .maximumExpectedValue(Duration.ofDays(14))
                .register(registry)
                .record(Duration.ofHours(3));

        PrometheusScrape.saveAndLint("promtool-tests-clean", registry.scrape());
    }

    @Test
    void failsACounterWithoutTheTotalSuffix() {
        String scrape = "# HELP replies_answered Replies\n# TYPE replies_answered counter\nreplies_answered 1.0\n";

        assertThatThrownBy(() -> PrometheusScrape.saveAndLint("promtool-tests-bad-counter", scrape))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("_total");
    }

    @Test
    void failsAMeterWithoutADescription() {
        Timer.builder("community.first_reply").register(registry);

        assertThatThrownBy(() -> PrometheusScrape.saveAndLint("promtool-tests-no-help", registry.scrape()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("community_first_reply_seconds no help text");
    }

    @Test
    void toleratesKafkasOwnNamesButNotTheSameMistakeInOurs() {
        String scrape = """
                # HELP kafka_consumer_io_time_ns_total Kafka's own name
                # TYPE kafka_consumer_io_time_ns_total counter
                kafka_consumer_io_time_ns_total 1.0
                """;
        PrometheusScrape.saveAndLint("promtool-tests-kafka", scrape);

        assertThatThrownBy(
                        () -> PrometheusScrape.saveAndLint("promtool-tests-ours", scrape.replace("kafka_", "outbox_")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(
                        "outbox_consumer_io_time_ns_total metric names should not contain abbreviated units");
    }

    @Test
    void failsAMeterInMillisecondsInsteadOfSeconds() {
        Gauge.builder("outbox.age", () -> 1.0).baseUnit("milliseconds").register(registry);

        Promtool.Lint lint = Promtool.checkMetrics(
                Promtool.find().orElseThrow(), PrometheusScrape.save("promtool-tests-millis", registry.scrape()));

        assertThat(lint.clean()).isFalse();
        assertThat(lint.output()).contains("outbox_age_milliseconds");
    }
}

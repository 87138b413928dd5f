package nl.starters.branch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.starters.branch.activity.ActivityRecorder;
import nl.starters.branch.activity.ActivityType;
import nl.starters.servicedefaults.testing.ServiceIntegrationTest;
import nl.starters.servicedefaults.testing.metrics.PrometheusScrape;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/** The branch's Prometheus page: business meters next to Boot's, tagged with branch and region, lint-clean. */
@ServiceIntegrationTest
class MetricsIntegrationTests {

    static final String TAGS = "application=\"local-branch-service\",branch=\"utrecht\",region=\"Midden\"";

    @Autowired
    WebTestClient web;

    @Autowired
    ActivityRecorder activity;

    @Autowired
    TransactionalOperator transaction;

    @LocalManagementPort
    int managementPort;

    @Test
    void showsBusinessKafkaAndPoolMetersTaggedWithBranchAndRegionAndPassesPromtool() {
        web.get().uri("/api/branches/utrecht/posts").exchange().expectStatus().isOk();

        String scrape = PrometheusScrape.of(managementPort);

        assertThat(scrape)
                .contains("community_activity_total{" + TAGS + ",type=\"POST_PUBLISHED\"}")
                .contains("community_first_reply_seconds_bucket{" + TAGS + ",le=\"28800.0\"}")
                .contains("community_sla_breaches_total{" + TAGS + "}")
                .contains("outbox_oldest_unpublished_age_seconds{" + TAGS + "}")
                .contains("outbox_published_total{" + TAGS + ",topic=\"activity.v1\"}")
                .contains("consumer_dead_letters_total{" + TAGS + ",topic=\"members.v1\"}")
                // Kafka's client metrics through Micrometer; the per-partition records_lag follows within a
                // minute (KafkaClientMetrics looks for new metrics every 60 s), too slow to wait for here
                .contains("kafka_consumer_fetch_manager_records_lag_max{")
                .contains("r2dbc_pool_acquired_connections{")
                .contains("jvm_memory_used_bytes{")
                .containsPattern(
                        "http_server_requests_seconds_bucket\\{application=\"local-branch-service\",branch=\"utrecht\""
                                + ".*region=\"Midden\".*le=\"0\\.1\"")
                .doesNotContain("spring_security_");
        PrometheusScrape.saveAndLint("local-branch-service", scrape);
    }

    @Test
    void countsAnActivityOnceItsWriteCommittedAndNotWhenItRolledBack() {
        double before = activities("QUESTION_ASKED");

        transaction
                .transactional(activity.record(ActivityType.QUESTION_ASKED, null, UUID.randomUUID()))
                .block(Duration.ofSeconds(10));
        transaction
                .transactional(activity.record(ActivityType.QUESTION_ASKED, null, UUID.randomUUID())
                        .then(Mono.error(new IllegalStateException("rolled back"))))
                .onErrorResume(IllegalStateException.class, e -> Mono.empty())
                .block(Duration.ofSeconds(10));

        assertThat(activities("QUESTION_ASKED")).isEqualTo(before + 1);
    }

    private double activities(String type) {
        Matcher value = Pattern.compile(
                        "^community_activity_total\\{" + Pattern.quote(TAGS) + ",type=\"" + type + "\"} (\\S+)$",
                        Pattern.MULTILINE)
                .matcher(PrometheusScrape.of(managementPort));
        assertThat(value.find()).as("community_activity_total of " + type).isTrue();
        return Double.parseDouble(value.group(1));
    }
}

package nl.starters.national.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.starters.national.promotion.Forum;
import nl.starters.servicedefaults.testing.ServiceIntegrationTest;
import nl.starters.servicedefaults.testing.metrics.PrometheusScrape;
import nl.starters.servicedefaults.testing.security.TestIdentity;
import nl.starters.servicedefaults.testing.security.TestMember;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.http.HttpHeaders;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The national forum's Prometheus page: national answers counted under branch "national", lint-clean. */
@ServiceIntegrationTest
class AnswerMetricsIntegrationTests {

    static final Pattern ANSWERS = Pattern.compile(
            "^community_activity_total\\{application=\"national-forum-service\",branch=\"national\",type=\"ANSWER\"}"
                    + " (\\S+)$",
            Pattern.MULTILINE);

    @Autowired
    WebTestClient web;

    @Autowired
    DatabaseClient db;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @LocalManagementPort
    int managementPort;

    final TestMember asker = TestIdentity.memberOf("utrecht");
    final TestMember answerer = TestIdentity.memberOf("groningen");

    @Test
    void countsANationalAnswerAndServesALintCleanScrape() {
        Forum forum = new Forum(web, db, kafka, asker.bearer());
        forum.member(answerer.id(), "Jan from Groningen", false, "groningen");
        UUID question = forum.promoted("utrecht", asker.id(), "Counted from afar");
        double before = answers(PrometheusScrape.of(managementPort));

        web.post()
                .uri("/api/national/questions/{id}/answers", question)
                .header(HttpHeaders.AUTHORIZATION, answerer.bearer())
                .bodyValue(Map.of("body", "An answer"))
                .exchange()
                .expectStatus()
                .isCreated();

        String scrape = PrometheusScrape.of(managementPort);
        assertThat(answers(scrape)).isEqualTo(before + 1);
        assertThat(scrape)
                .contains(
                        "outbox_oldest_unpublished_age_seconds{application=\"national-forum-service\",branch=\"national\"}")
                .contains("kafka_consumer_fetch_manager_records_lag_max{")
                .doesNotContain("region=\"");
        PrometheusScrape.saveAndLint("national-forum-service", scrape);
    }

    private static double answers(String scrape) {
        Matcher value = ANSWERS.matcher(scrape);
        assertThat(value.find())
                .as("community_activity_total of national answers")
                .isTrue();
        return Double.parseDouble(value.group(1));
    }
}

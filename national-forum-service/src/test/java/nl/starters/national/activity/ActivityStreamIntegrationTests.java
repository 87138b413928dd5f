package nl.starters.national.activity;

import static nl.starters.national.activity.Activities.activity;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nl.starters.servicedefaults.testing.ServiceIntegrationTest;
import nl.starters.servicedefaults.testing.security.TestIdentity;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

@ServiceIntegrationTest
class ActivityStreamIntegrationTests {

    @Autowired
    WebTestClient web;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    DatabaseClient db;

    @Test
    void resumingWithLastEventIdGivesTheRowsChangedSinceAndThenLiveChanges() {
        String branch = "stream-" + UUID.randomUUID().toString().substring(0, 8);
        long before = latestVersion();
        Activities activities = new Activities(kafka);
        activities.send(activity(branch, "POST_PUBLISHED", Instant.now()));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> versionOf(branch) > before);
        long folded = versionOf(branch);

        StepVerifier.create(events(String.valueOf(before), branch).take(2))
                .assertNext(event -> {
                    assertThat(event.id()).isEqualTo(Long.toString(folded));
                    assertThat(event.event()).isEqualTo("activity");
                    assertThat(event.data()).contains("\"posts\":1");
                })
                .then(() -> activities.send(activity(branch, "COMMENT", Instant.now())))
                .assertNext(event -> {
                    assertThat(Long.parseLong(event.id())).isGreaterThan(folded);
                    assertThat(event.data()).contains("\"posts\":1").contains("\"comments\":1");
                })
                .verifyComplete();
    }

    @Test
    void withoutLastEventIdTheStreamStartsWithTodaysRows() {
        String branch = "today-" + UUID.randomUUID().toString().substring(0, 8);
        new Activities(kafka).send(activity(branch, "LISTING_POSTED", Instant.now()));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> versionOf(branch) > 0);

        StepVerifier.create(events(null, branch).take(1))
                .assertNext(event -> assertThat(event.data()).contains("\"listingsPosted\":1"))
                .verifyComplete();
    }

    @Test
    void onlyCoordinatorsMayListen() {
        web.get().uri("/api/national/activity/stream").exchange().expectStatus().isUnauthorized();
        web.get()
                .uri("/api/national/activity/stream")
                .header(
                        HttpHeaders.AUTHORIZATION,
                        TestIdentity.memberOf("utrecht").bearer())
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private Flux<ServerSentEvent<String>> events(String lastEventId, String branch) {
        var request = web.mutate()
                .responseTimeout(Duration.ofSeconds(60))
                .build()
                .get()
                .uri("/api/national/activity/stream")
                .header(HttpHeaders.AUTHORIZATION, TestIdentity.coordinator().bearer())
                .accept(MediaType.TEXT_EVENT_STREAM);
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        return request.exchange()
                .expectStatus()
                .isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<String>>() {})
                .getResponseBody()
                .filter(event -> "activity".equals(event.event()))
                .filter(event -> event.data().contains("\"branch\":\"" + branch + "\""))
                .timeout(Duration.ofSeconds(45));
    }

    private long latestVersion() {
        return db.sql("SELECT coalesce(max(version), 0) AS v FROM activity_daily")
                .map(row -> row.get("v", Long.class))
                .one()
                .block(Duration.ofSeconds(5));
    }

    private long versionOf(String branch) {
        return db.sql("SELECT coalesce(max(version), 0) AS v FROM activity_daily WHERE branch = :b")
                .bind("b", branch)
                .map(row -> row.get("v", Long.class))
                .one()
                .block(Duration.ofSeconds(5));
    }
}

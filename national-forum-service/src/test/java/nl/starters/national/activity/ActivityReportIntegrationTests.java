package nl.starters.national.activity;

import static nl.starters.national.activity.Activities.activity;
import static nl.starters.national.activity.Activities.hash;
import static nl.starters.national.activity.ActivityFoldIntegrationTests.with;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nl.starters.servicedefaults.testing.ServiceIntegrationTest;
import nl.starters.servicedefaults.testing.security.TestIdentity;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

@ServiceIntegrationTest
class ActivityReportIntegrationTests {

    static final String DAY = "2025-06-10";
    static final Instant AT = Instant.parse(DAY + "T09:00:00Z");

    @Autowired
    WebTestClient web;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    DatabaseClient db;

    final String coordinator = TestIdentity.coordinator().bearer();

    @BeforeEach
    void activityOnTheDay() {
        if (folded()) {
            return;
        }
        UUID answered = UUID.randomUUID();
        Activities activities = new Activities(kafka);
        activities.send(with(activity("utrecht", "POST_PUBLISHED", AT), "memberHash", hash(1)));
        activities.send(with(activity("utrecht", "POST_PUBLISHED", AT), "memberHash", hash(2)));
        activities.send(
                with(with(activity("utrecht", "QUESTION_ASKED", AT), "memberHash", hash(3)), "subjectId", answered));
        activities.send(with(
                with(with(activity("utrecht", "FIRST_STAFF_REPLY", AT), "memberHash", hash(9)), "latencySeconds", 100),
                "slaBreached",
                false));
        activities.send(with(
                with(with(activity("utrecht", "FIRST_STAFF_REPLY", AT), "memberHash", hash(9)), "latencySeconds", 300),
                "slaBreached",
                true));
        activities.send(with(activity("groningen", "POST_PUBLISHED", AT), "memberHash", hash(1)));
        activities.send(with(
                with(activity("groningen", "QUESTION_ASKED", AT), "memberHash", hash(5)),
                "subjectId",
                UUID.randomUUID()));
        activities.send(with(
                with(activity("groningen", "FIRST_STAFF_REPLY", AT), "latencySeconds", 200), "slaBreached", false));
        activities.send(with(with(activity("national", "ANSWER", AT), "memberHash", hash(4)), "parentId", answered));
        db.sql("""
                        INSERT INTO national_questions (id, origin_branch, asker_id, title, body, promoted_at, updated_at)
                        VALUES (:id, 'utrecht', :asker, 'Open nationally', 'b', :at, :at)""")
                .bind("id", UUID.randomUUID())
                .bind("asker", UUID.randomUUID())
                .bind("at", AT)
                .then()
                .block(Duration.ofSeconds(5));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(this::folded);
    }

    @Test
    void aCoordinatorSeesARowPerBranchWithRegionSubtotalsAndNationalTotals() {
        web.get()
                .uri("/api/national/activity?from={d}&to={d}", DAY, DAY)
                .header(HttpHeaders.AUTHORIZATION, coordinator)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.from")
                .isEqualTo(DAY)
                .jsonPath("$.zone")
                .isEqualTo("Europe/Amsterdam")
                .jsonPath("$.branches[0].id")
                .isEqualTo("utrecht")
                .jsonPath("$.branches[0].name")
                .isEqualTo("Utrecht")
                .jsonPath("$.branches[0].region")
                .isEqualTo("Midden")
                .jsonPath("$.branches[0].activity.posts")
                .isEqualTo(2)
                .jsonPath("$.branches[0].activity.questions")
                .isEqualTo(1)
                .jsonPath("$.branches[0].activity.activeMembers")
                .isEqualTo(4)
                .jsonPath("$.branches[0].activity.firstStaffReplies")
                .isEqualTo(2)
                .jsonPath("$.branches[0].activity.firstReplyMedianSeconds")
                .isEqualTo(200.0)
                .jsonPath("$.branches[0].activity.firstReplyP90Seconds")
                .isEqualTo(280.0)
                .jsonPath("$.branches[0].activity.slaBreaches")
                .isEqualTo(1)
                .jsonPath("$.branches[0].activity.unansweredQuestions")
                .isEqualTo(0)
                .jsonPath("$.branches[0].activity.nationalQuestionsWithoutAcceptedAnswer")
                .isEqualTo(1)
                .jsonPath("$.branches[1].id")
                .isEqualTo("groningen")
                .jsonPath("$.branches[1].activity.posts")
                .isEqualTo(1)
                .jsonPath("$.branches[1].activity.unansweredQuestions")
                .isEqualTo(1)
                .jsonPath("$.branches[1].activity.firstReplyMedianSeconds")
                .isEqualTo(200.0)
                .jsonPath("$.branches[2].id")
                .isEqualTo("eindhoven")
                .jsonPath("$.branches[2].activity.posts")
                .isEqualTo(0)
                .jsonPath("$.branches[2].activity.activeMembers")
                .isEqualTo(0)
                .jsonPath("$.branches[2].activity.firstReplyMedianSeconds")
                .doesNotExist()
                .jsonPath("$.regions[0].region")
                .isEqualTo("Midden")
                .jsonPath("$.regions[0].branches[0]")
                .isEqualTo("utrecht")
                .jsonPath("$.regions[0].activity.posts")
                .isEqualTo(2)
                .jsonPath("$.regions[1].region")
                .isEqualTo("Noord")
                .jsonPath("$.regions[1].activity.activeMembers")
                .isEqualTo(2)
                .jsonPath("$.regions[2].activity.posts")
                .isEqualTo(0)
                .jsonPath("$.nationalForum.answers")
                .isEqualTo(1)
                .jsonPath("$.nationalForum.activeMembers")
                .isEqualTo(1)
                .jsonPath("$.totals.posts")
                .isEqualTo(3)
                .jsonPath("$.totals.answers")
                .isEqualTo(1)
                .jsonPath("$.totals.questions")
                .isEqualTo(2)
                .jsonPath("$.totals.activeMembers")
                .isEqualTo(6)
                .jsonPath("$.totals.firstReplyMedianSeconds")
                .isEqualTo(200.0)
                .jsonPath("$.totals.firstReplyP90Seconds")
                .isEqualTo(280.0)
                .jsonPath("$.totals.slaBreaches")
                .isEqualTo(1)
                .jsonPath("$.totals.unansweredQuestions")
                .isEqualTo(1)
                .jsonPath("$.totals.nationalQuestionsWithoutAcceptedAnswer")
                .isEqualTo(1);
    }

    @Test
    void aDayWithoutActivityStillHasAZeroRowForEveryBranch() {
        web.get()
                .uri("/api/national/activity?from=2020-01-01&to=2020-01-02")
                .header(HttpHeaders.AUTHORIZATION, coordinator)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.branches.length()")
                .isEqualTo(3)
                .jsonPath("$.branches[1].activity.posts")
                .isEqualTo(0)
                .jsonPath("$.totals.posts")
                .isEqualTo(0)
                .jsonPath("$.totals.firstReplyMedianSeconds")
                .doesNotExist();
    }

    @Test
    void badPeriodsAreProblems() {
        problem("/api/national/activity?from=2025-06-10&to=2025-06-09", "before");
        problem("/api/national/activity?from=2024-01-01&to=2025-06-09", "at most 366 days");
        problem("/api/national/activity?from=yesterday", null);
    }

    @Test
    void onlyCoordinatorsSeeTheActivity() {
        web.get().uri("/api/national/activity").exchange().expectStatus().isUnauthorized();
        for (String other : new String[] {
            TestIdentity.memberOf("utrecht").bearer(),
            TestIdentity.staffOf("utrecht").bearer(),
            TestIdentity.admin().bearer()
        }) {
            web.get()
                    .uri("/api/national/activity")
                    .header(HttpHeaders.AUTHORIZATION, other)
                    .exchange()
                    .expectStatus()
                    .isForbidden()
                    .expectHeader()
                    .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    @Test
    void bothEndpointsAreInTheOpenApiDocumentWithTheBearerScheme() {
        web.get()
                .uri("/v3/api-docs")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.paths['/api/national/activity'].get.security")
                .exists()
                .jsonPath("$.paths['/api/national/activity'].get.parameters[?(@.name == 'from')]")
                .exists()
                .jsonPath("$.paths['/api/national/activity/stream'].get.responses['200'].content['text/event-stream']")
                .exists();
    }

    private void problem(String uri, String detail) {
        var body = web.get()
                .uri(uri)
                .header(HttpHeaders.AUTHORIZATION, coordinator)
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody();
        if (detail != null) {
            body.jsonPath("$.detail")
                    .value(value -> org.assertj.core.api.Assertions.assertThat((String) value)
                            .contains(detail));
        }
    }

    private boolean folded() {
        return db.sql("SELECT (SELECT count(*) FROM activity_daily WHERE day = '" + DAY + "') = 3"
                        + " AND (SELECT coalesce(sum(first_replies), 0) FROM activity_daily WHERE day = '" + DAY
                        + "') = 3"
                        + " AND (SELECT count(*) FROM activity_questions WHERE answered AND day = '" + DAY
                        + "') = 1 AS done")
                .map(row -> row.get("done", Boolean.class))
                .one()
                .block(Duration.ofSeconds(5));
    }
}

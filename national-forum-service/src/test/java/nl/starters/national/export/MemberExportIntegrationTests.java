package nl.starters.national.export;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.starters.servicedefaults.testing.ServiceIntegrationTest;
import nl.starters.servicedefaults.testing.security.TestIdentity;
import nl.starters.servicedefaults.testing.security.TestMember;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

@ServiceIntegrationTest
class MemberExportIntegrationTests {

    static final String EXPORT = "/api/national/members/me/export";

    @Autowired
    WebTestClient web;

    @Autowired
    DatabaseClient db;

    final List<UUID> askers = new ArrayList<>();

    /** The list tests share this database: leave no questions behind. */
    @AfterEach
    void removeTheQuestions() {
        db.sql("DELETE FROM national_answers WHERE question_id IN"
                        + " (SELECT id FROM national_questions WHERE asker_id = ANY(:askers))")
                .bind("askers", askers.toArray(UUID[]::new))
                .then()
                .block(Duration.ofSeconds(5));
        db.sql("DELETE FROM national_questions WHERE asker_id = ANY(:askers)")
                .bind("askers", askers.toArray(UUID[]::new))
                .then()
                .block(Duration.ofSeconds(5));
    }

    @Test
    void exportsTheQuestionsTheCallerAskedThatWentNational() {
        TestMember asker = TestIdentity.memberOf("utrecht");
        TestMember someoneElse = TestIdentity.memberOf("groningen");
        UUID first = question(asker, "utrecht", "VAT on a market stall?", "2026-02-01T10:00:00Z");
        UUID second = question(asker, "utrecht", "Insurance for a food truck", "2026-02-03T10:00:00Z");
        question(someoneElse, "groningen", "Not theirs", "2026-02-02T10:00:00Z");

        web.get()
                .uri(EXPORT)
                .header(HttpHeaders.AUTHORIZATION, asker.bearer())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.memberId")
                .isEqualTo(asker.id().toString())
                .jsonPath("$.service")
                .isEqualTo("national-forum-service")
                .jsonPath("$.items.questions.length()")
                .isEqualTo(2)
                .jsonPath("$.items.questions[0].id")
                .isEqualTo(first.toString())
                .jsonPath("$.items.questions[0].originBranch")
                .isEqualTo("utrecht")
                .jsonPath("$.items.questions[0].body")
                .isEqualTo("The body of: VAT on a market stall?")
                .jsonPath("$.items.questions[0].tags[0]")
                .isEqualTo("tax")
                .jsonPath("$.items.questions[1].id")
                .isEqualTo(second.toString())
                .jsonPath("$.items.memberCopy")
                .isEmpty();
    }

    @Test
    void aMemberWhoAskedNothingGetsEveryKindEmpty() {
        web.get()
                .uri(EXPORT)
                .header(
                        HttpHeaders.AUTHORIZATION,
                        TestIdentity.staffOf("eindhoven").bearer())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.items.questions")
                .isEmpty()
                .jsonPath("$.items.answers")
                .isEmpty()
                .jsonPath("$.items.flags")
                .isEmpty()
                .jsonPath("$.items.memberCopy")
                .isEmpty();
    }

    @Test
    void exportsTheCallersNationalAnswersWithTheQuestionTheyAnswered() {
        TestMember asker = TestIdentity.memberOf("utrecht");
        TestMember answerer = TestIdentity.memberOf("groningen");
        UUID question = question(asker, "utrecht", "Who answers", "2026-02-01T10:00:00Z");
        for (TestMember member : List.of(answerer, TestIdentity.memberOf("eindhoven"))) {
            web.post()
                    .uri("/api/national/questions/{id}/answers", question)
                    .header(HttpHeaders.AUTHORIZATION, member.bearer())
                    .bodyValue(java.util.Map.of("body", "An answer by " + member.id()))
                    .exchange()
                    .expectStatus()
                    .isCreated();
        }

        web.get()
                .uri(EXPORT)
                .header(HttpHeaders.AUTHORIZATION, answerer.bearer())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.items.answers.length()")
                .isEqualTo(1)
                .jsonPath("$.items.answers[0].questionId")
                .isEqualTo(question.toString())
                .jsonPath("$.items.answers[0].originBranch")
                .isEqualTo("utrecht")
                .jsonPath("$.items.answers[0].authorBranch")
                .isEqualTo("groningen")
                .jsonPath("$.items.answers[0].body")
                .isEqualTo("An answer by " + answerer.id())
                .jsonPath("$.items.answers[0].accepted")
                .isEqualTo(false);
    }

    private UUID question(TestMember asker, String branch, String title, String promotedAt) {
        UUID id = UUID.randomUUID();
        askers.add(asker.id());
        Instant promoted = Instant.parse(promotedAt);
        db.sql("""
                        INSERT INTO national_questions
                            (id, origin_branch, asker_id, title, body, tags, promoted_at, updated_at)
                        VALUES (:id, :branch, :asker, :title, :body, ARRAY['tax'], :promoted, :promoted)""")
                .bind("id", id)
                .bind("branch", branch)
                .bind("asker", asker.id())
                .bind("title", title)
                .bind("body", "The body of: " + title)
                .bind("promoted", promoted)
                .then()
                .block(Duration.ofSeconds(5));
        return id;
    }
}

package nl.starters.national.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.starters.national.promotion.Forum;
import nl.starters.servicedefaults.testing.ServiceIntegrationTest;
import nl.starters.servicedefaults.testing.security.TestIdentity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

@ServiceIntegrationTest
class NationalQuestionIntegrationTests {

    static final String BEARER = TestIdentity.memberOf("eindhoven").bearer();

    @Autowired
    WebTestClient web;

    @Autowired
    DatabaseClient db;

    @Autowired
    KafkaTemplate<String, String> kafka;

    Forum forum;

    @BeforeEach
    void forum() {
        forum = new Forum(web, db, kafka, BEARER);
    }

    @Test
    void aPromotedQuestionIsReadableByItsIdWithTheAuthorFromTheMembersCopy() {
        UUID asker = UUID.randomUUID();
        forum.member(asker, "Sanne (pseudonym)", false, "utrecht");
        UUID question = forum.promoted("utrecht", asker, "Bookkeeping for a bakery", "money");

        get(question)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.id")
                .isEqualTo(question.toString())
                .jsonPath("$.originBranch")
                .isEqualTo("utrecht")
                .jsonPath("$.region")
                .isEqualTo("Midden")
                .jsonPath("$.bodyHtml")
                .value(String.class, html -> assertThat(html).contains("<strong>Body</strong>"))
                .jsonPath("$.body")
                .doesNotExist()
                .jsonPath("$.tags[0]")
                .isEqualTo("money")
                .jsonPath("$.author.id")
                .isEqualTo(asker.toString())
                .jsonPath("$.author.displayName")
                .isEqualTo("Sanne (pseudonym)")
                .jsonPath("$.author.staff")
                .isEqualTo(false)
                .jsonPath("$.answers")
                .isEmpty();
    }

    @Test
    void anErasedAskerShowsAsAFormerMember() {
        UUID asker = UUID.randomUUID();
        forum.member(asker, "Piet Smit", false, "groningen");
        UUID question = forum.promoted("groningen", asker, "Who erased me");
        forum.erase(asker);

        get(question).expectBody().jsonPath("$.author.displayName").isEqualTo("former member");
    }

    @Test
    void anUnknownAskerShowsAsAFormerMemberNeverWithANameFromTheEvent() {
        UUID question = forum.promoted("groningen", UUID.randomUUID(), "Asked by someone unknown");

        get(question).expectBody().jsonPath("$.author.displayName").isEqualTo("former member");
    }

    @Test
    void anEditChangesTheTitleAndAWithdrawalOrRemovalTakesTheCopyAwayUntilSharedAgain() {
        UUID asker = UUID.randomUUID();
        UUID question = forum.promoted("utrecht", asker, "Before the edit");
        forum.version(question, "utrecht", asker, "After the edit", "SHARED");
        forum.awaitTitle(question, "After the edit");

        forum.version(question, "utrecht", asker, "After the edit", "WITHDRAWN");
        forum.awaitGone(question);
        forum.version(question, "utrecht", asker, "Shared again", "SHARED");
        forum.awaitTitle(question, "Shared again");
        forum.version(question, "utrecht", asker, "Shared again", "REMOVED");
        forum.awaitGone(question);

        web.get()
                .uri("/api/national/questions?branch=utrecht&size=100")
                .header(HttpHeaders.AUTHORIZATION, BEARER)
                .exchange()
                .expectBody()
                .jsonPath("$.items[?(@.id == '" + question + "')]")
                .isEmpty();
    }

    @Test
    void anUnknownQuestionIsANotFoundProblem() {
        get(UUID.randomUUID())
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void theListFiltersByRegionBranchAndTag() {
        UUID asker = UUID.randomUUID();
        UUID north = forum.promoted("groningen", asker, "A northern question", "export-filter");
        UUID south = forum.promoted("eindhoven", asker, "A southern question", "export-filter", "other");

        list("?region=Noord&tag=export-filter")
                .jsonPath("$.total")
                .isEqualTo(1)
                .jsonPath("$.items[0].id")
                .isEqualTo(north.toString())
                .jsonPath("$.items[0].region")
                .isEqualTo("Noord");
        list("?branch=eindhoven&tag=EXPORT-FILTER")
                .jsonPath("$.total")
                .isEqualTo(1)
                .jsonPath("$.items[0].id")
                .isEqualTo(south.toString());
        list("?tag=export-filter")
                .jsonPath("$.total")
                .isEqualTo(2)
                .jsonPath("$.items[0].id")
                .isEqualTo(south.toString());
        list("?region=Midden&branch=groningen&tag=export-filter")
                .jsonPath("$.total")
                .isEqualTo(0);
    }

    @Test
    void anUnknownRegionOrSortIsABadRequestProblem() {
        for (String query : new String[] {"?region=Atlantis", "?sort=oldest"}) {
            web.get()
                    .uri("/api/national/questions" + query)
                    .header(HttpHeaders.AUTHORIZATION, BEARER)
                    .exchange()
                    .expectStatus()
                    .isBadRequest()
                    .expectHeader()
                    .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    private WebTestClient.ResponseSpec get(UUID question) {
        return web.get()
                .uri("/api/national/questions/{id}", question)
                .header(HttpHeaders.AUTHORIZATION, BEARER)
                .exchange();
    }

    private WebTestClient.BodyContentSpec list(String query) {
        return web.get()
                .uri("/api/national/questions" + query)
                .header(HttpHeaders.AUTHORIZATION, BEARER)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody();
    }
}

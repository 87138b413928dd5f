package nl.starters.national.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.starters.national.promotion.Forum;
import nl.starters.servicedefaults.kafka.EventJson;
import nl.starters.servicedefaults.testing.ServiceIntegrationTest;
import nl.starters.servicedefaults.testing.security.TestIdentity;
import nl.starters.servicedefaults.testing.security.TestMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

@ServiceIntegrationTest
class ModerationIntegrationTests {

    @Autowired
    WebTestClient web;

    @Autowired
    DatabaseClient db;

    @Autowired
    KafkaTemplate<String, String> kafka;

    final TestMember asker = TestIdentity.memberOf("utrecht");
    final TestMember coordinator = TestIdentity.coordinator();
    Forum forum;

    @BeforeEach
    void forum() {
        forum = new Forum(web, db, kafka, asker.bearer());
    }

    @Test
    void threeDistinctMembersHideAQuestionUntilACoordinatorRestoresIt() {
        UUID question = forum.promoted("utrecht", asker.id(), "Spammy question");
        TestMember first = TestIdentity.memberOf("groningen");
        TestMember second = TestIdentity.memberOf("eindhoven");

        flag(first, "QUESTION", question).expectStatus().isCreated();
        flag(first, "question", question).expectStatus().isOk();
        flag(second, "QUESTION", question).expectStatus().isCreated();
        forum.awaitTitle(question, "Spammy question");

        flag(TestIdentity.memberOf("utrecht"), "QUESTION", question)
                .expectStatus()
                .isCreated();
        forum.awaitGone(question);
        queue().jsonPath("$.items[?(@.id == '" + question + "')].flags").isEqualTo(List.of(3));

        decide("question", question, "restore", Map.of("reason", "Not spam"))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.state")
                .isEqualTo("VISIBLE");
        forum.awaitTitle(question, "Spammy question");
        queue().jsonPath("$.items[?(@.id == '" + question + "')]").isEmpty();
        flag(first, "QUESTION", question).expectStatus().isCreated();
        forum.awaitTitle(question, "Spammy question");
    }

    @Test
    void aCoordinatorRemovesAnAnswerWithAReasonAndItLeavesTheQuestion() {
        UUID question = forum.promoted("utrecht", asker.id(), "Question with a rude answer");
        TestMember rude = TestIdentity.memberOf("groningen");
        UUID answer = answer(question, rude, "Rude words");

        decide("ANSWER", answer, "remove", Map.of()).expectStatus().isBadRequest();
        decide("ANSWER", answer, "remove", Map.of("reason", "Rude"))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.state")
                .isEqualTo("REMOVED");

        web.get()
                .uri("/api/national/questions/{id}", question)
                .header(HttpHeaders.AUTHORIZATION, asker.bearer())
                .exchange()
                .expectBody()
                .jsonPath("$.answers")
                .isEmpty();
        flag(asker, "ANSWER", answer).expectStatus().isNotFound();
    }

    @Test
    void aRemovedAcceptedAnswerLeavesTheQuestionUnansweredUntilRestored() {
        UUID question = forum.promoted("utrecht", asker.id(), "Accepted then removed", "removal-of-accepted");
        UUID answer = answer(question, TestIdentity.memberOf("groningen"), "Helpful at first sight");
        web.post()
                .uri("/api/national/questions/{id}/answers/{a}/accept", question, answer)
                .header(HttpHeaders.AUTHORIZATION, asker.bearer())
                .exchange()
                .expectStatus()
                .isOk();
        assertAnswered(question, true);

        decide("ANSWER", answer, "remove", Map.of("reason", "Misleading advice"))
                .expectStatus()
                .isOk();
        assertAnswered(question, false);

        decide("ANSWER", answer, "restore", Map.of("reason", "Checked again"))
                .expectStatus()
                .isOk();
        assertAnswered(question, true);
    }

    private void assertAnswered(UUID question, boolean answered) {
        web.get()
                .uri("/api/national/questions/{id}", question)
                .header(HttpHeaders.AUTHORIZATION, asker.bearer())
                .exchange()
                .expectBody()
                .jsonPath("$.acceptedAnswerId")
                .value(id -> assertThat(id != null).isEqualTo(answered));
        web.get()
                .uri("/api/national/questions?tag=removal-of-accepted")
                .header(HttpHeaders.AUTHORIZATION, asker.bearer())
                .exchange()
                .expectBody()
                .jsonPath("$.items[0].answered")
                .isEqualTo(answered);
    }

    @Test
    void aCoordinatorsFlagHidesAtOnce() {
        UUID question = forum.promoted("utrecht", asker.id(), "Hidden by one coordinator flag");
        flag(coordinator, "QUESTION", question).expectStatus().isCreated();
        forum.awaitGone(question);
    }

    @Test
    void flagsOfOwnUnknownOrUnreadableContentAreRefused() {
        UUID question = forum.promoted("utrecht", asker.id(), "Flag me not");
        flag(asker, "QUESTION", question).expectStatus().isBadRequest();
        flag(TestIdentity.memberOf("groningen"), "QUESTION", UUID.randomUUID())
                .expectStatus()
                .isNotFound();
        flag(TestIdentity.memberOf("groningen"), "POST", question)
                .expectStatus()
                .isBadRequest();
        web.post()
                .uri("/api/national/flags")
                .header(HttpHeaders.AUTHORIZATION, asker.bearer())
                .bodyValue(Map.of())
                .exchange()
                .expectStatus()
                .isBadRequest();
    }

    @Test
    void onlyCoordinatorsSeeTheQueueAndDecide() {
        for (TestMember other :
                List.of(TestIdentity.memberOf("utrecht"), TestIdentity.staffOf("utrecht"), TestIdentity.admin())) {
            web.get()
                    .uri("/api/national/moderation")
                    .header(HttpHeaders.AUTHORIZATION, other.bearer())
                    .exchange()
                    .expectStatus()
                    .isForbidden();
            web.post()
                    .uri("/api/national/moderation/QUESTION/{id}/restore", UUID.randomUUID())
                    .header(HttpHeaders.AUTHORIZATION, other.bearer())
                    .bodyValue(Map.of())
                    .exchange()
                    .expectStatus()
                    .isForbidden();
        }
        web.get().uri("/api/national/moderation").exchange().expectStatus().isUnauthorized();
        queue();
        decide("QUESTION", UUID.randomUUID(), "restore", Map.of())
                .expectStatus()
                .isNotFound();
    }

    private WebTestClient.ResponseSpec flag(TestMember member, String kind, UUID id) {
        return web.post()
                .uri("/api/national/flags")
                .header(HttpHeaders.AUTHORIZATION, member.bearer())
                .bodyValue(Map.of("kind", kind, "id", id, "reason", "Looks like spam"))
                .exchange();
    }

    private WebTestClient.ResponseSpec decide(String kind, UUID id, String decision, Map<String, String> body) {
        return web.post()
                .uri("/api/national/moderation/{kind}/{id}/" + decision, kind, id)
                .header(HttpHeaders.AUTHORIZATION, coordinator.bearer())
                .bodyValue(body)
                .exchange();
    }

    private WebTestClient.BodyContentSpec queue() {
        return web.get()
                .uri("/api/national/moderation?size=100")
                .header(HttpHeaders.AUTHORIZATION, coordinator.bearer())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody();
    }

    private UUID answer(UUID question, TestMember member, String body) {
        byte[] json = web.post()
                .uri("/api/national/questions/{id}/answers", question)
                .header(HttpHeaders.AUTHORIZATION, member.bearer())
                .bodyValue(Map.of("body", body))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody()
                .returnResult()
                .getResponseBody();
        return UUID.fromString(EventJson.read(new String(json, StandardCharsets.UTF_8))
                .get("id")
                .asString());
    }
}

package nl.starters.national.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.starters.national.promotion.Forum;
import nl.starters.servicedefaults.activity.MemberHash;
import nl.starters.servicedefaults.contract.EventContract;
import nl.starters.servicedefaults.kafka.EventEnvelope;
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
import tools.jackson.databind.JsonNode;

@ServiceIntegrationTest
class AnswerIntegrationTests {

    @Autowired
    WebTestClient web;

    @Autowired
    DatabaseClient db;

    @Autowired
    KafkaTemplate<String, String> kafka;

    final TestMember asker = TestIdentity.memberOf("utrecht");
    final TestMember answerer = TestIdentity.memberOf("groningen");
    Forum forum;

    @BeforeEach
    void forum() {
        forum = new Forum(web, db, kafka, asker.bearer());
        forum.member(answerer.id(), "Jan from Groningen", false, "groningen");
    }

    @Test
    void anAnswerFromAnotherRegionIs201AndGoesToTheOriginBranchThroughTheOutbox() {
        UUID question = forum.promoted("utrecht", asker.id(), "Who answers from afar");

        answer(question, answerer, "Try *this*")
                .expectStatus()
                .isCreated()
                .expectHeader()
                .location("/api/national/questions/" + question)
                .expectBody()
                .jsonPath("$.bodyHtml")
                .isEqualTo("<p>Try <em>this</em></p>\n")
                .jsonPath("$.author.displayName")
                .isEqualTo("Jan from Groningen")
                .jsonPath("$.authorBranch")
                .isEqualTo("groningen")
                .jsonPath("$.accepted")
                .isEqualTo(false);

        List<JsonNode> events = outbox(question);
        assertThat(events).hasSize(1);
        JsonNode event = events.get(0);
        assertThat(event.get("questionId").asString()).isEqualTo(question.toString());
        assertThat(event.get("originBranch").asString()).isEqualTo("utrecht");
        assertThat(event.get("authorId").asString()).isEqualTo(answerer.id().toString());
        assertThat(event.get("authorBranch").asString()).isEqualTo("groningen");
        assertThat(event.get("body").asString()).isEqualTo("Try *this*");
        assertThat(event.get("accepted").asBoolean()).isFalse();
        assertThat(event.has("answerId")).isTrue();
        assertThat(event.has("postedAt")).isTrue();
    }

    @Test
    void onlyTheAskerAcceptsAndAcceptingTwiceChangesNothing() {
        UUID question = forum.promoted("utrecht", asker.id(), "Which answer wins");
        UUID first = answerId(question, answerer, "First");
        UUID second = answerId(question, answerer, "Second");

        accept(question, first, answerer).expectStatus().isForbidden();
        accept(question, first, TestIdentity.coordinator()).expectStatus().isForbidden();
        accept(question, first, asker)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.acceptedAnswerId")
                .isEqualTo(first.toString())
                .jsonPath("$.answers[0].accepted")
                .isEqualTo(true);
        accept(question, first, asker).expectStatus().isOk();
        assertThat(acceptances(question)).containsExactly(Map.entry(first.toString(), true));

        accept(question, second, asker)
                .expectBody()
                .jsonPath("$.acceptedAnswerId")
                .isEqualTo(second.toString());
        assertThat(acceptances(question))
                .containsExactly(
                        Map.entry(first.toString(), true),
                        Map.entry(first.toString(), false),
                        Map.entry(second.toString(), true));
        everyAnswerEventKeepsTheContract(question);
    }

    @Test
    void aNationalAnswerIsAnAnswerActivityOfTheNationalForumNamingItsQuestion() {
        UUID question = forum.promoted("utrecht", asker.id(), "Counted nationally");
        UUID answer = answerId(question, answerer, "Counted");

        Map<String, String> row = db.sql("""
                        SELECT id::text AS id, topic, key, type, payload FROM messaging.outbox
                        WHERE topic = 'activity.v1' AND payload::jsonb ->> 'subjectId' = :answer""")
                .bind("answer", answer.toString())
                .fetch()
                .one()
                .map(r -> Map.of(
                        "id", (String) r.get("id"),
                        "topic", (String) r.get("topic"),
                        "key", (String) r.get("key"),
                        "type", (String) r.get("type"),
                        "payload", (String) r.get("payload")))
                .block(Duration.ofSeconds(5));
        assertThat(row.get("key")).isEqualTo("national");
        JsonNode activity = EventJson.read(row.get("payload"));
        assertThat(activity.get("branch").asString()).isEqualTo("national");
        assertThat(activity.get("type").asString()).isEqualTo("ANSWER");
        assertThat(activity.get("parentId").asString()).isEqualTo(question.toString());
        assertThat(activity.get("memberHash").asString())
                .isEqualTo(new MemberHash(new MemberHash.Properties("starters-community-activity")).of(answerer.id()));
        var envelope = new EventEnvelope(
                UUID.fromString(row.get("id")), row.get("type"), "/national", java.time.Instant.now());
        Map<String, String> headers = new java.util.HashMap<>();
        envelope.toHeaders()
                .forEach(header ->
                        headers.put(header.key(), new String(header.value(), java.nio.charset.StandardCharsets.UTF_8)));
        EventContract.load().validate(row.get("topic"), headers, row.get("payload"));
    }

    /** Each outbox row, with the envelope the relay gives it, fits docs/asyncapi.yaml. */
    private void everyAnswerEventKeepsTheContract(UUID question) {
        EventContract contract = EventContract.load();
        List<Map<String, String>> rows = db.sql("""
                        SELECT id::text AS id, topic, type, payload, occurred_at::text AS at FROM messaging.outbox
                        WHERE key = :key ORDER BY seq""")
                .bind("key", question.toString())
                .fetch()
                .all()
                .map(row -> Map.of(
                        "id", (String) row.get("id"),
                        "topic", (String) row.get("topic"),
                        "type", (String) row.get("type"),
                        "payload", (String) row.get("payload")))
                .collectList()
                .block(Duration.ofSeconds(5));
        assertThat(rows).hasSize(5);
        for (Map<String, String> row : rows) {
            var envelope = new EventEnvelope(
                    UUID.fromString(row.get("id")), row.get("type"), "/national", java.time.Instant.now());
            Map<String, String> headers = new java.util.HashMap<>();
            envelope.toHeaders()
                    .forEach(header -> headers.put(
                            header.key(), new String(header.value(), java.nio.charset.StandardCharsets.UTF_8)));
            contract.validate(row.get("topic"), headers, row.get("payload"));
        }
    }

    @Test
    void anAnswerIsOneTo20000Characters() {
        UUID question = forum.promoted("utrecht", asker.id(), "Validated answers");
        for (String body : new String[] {"", "   ", "x".repeat(20_001)}) {
            answer(question, answerer, body).expectStatus().isBadRequest();
        }
        web.post()
                .uri("/api/national/questions/{id}/answers", question)
                .header(HttpHeaders.AUTHORIZATION, answerer.bearer())
                .bodyValue(Map.of())
                .exchange()
                .expectStatus()
                .isBadRequest();
        answer(question, answerer, "x".repeat(20_000)).expectStatus().isCreated();
        assertThat(outbox(question)).hasSize(1);
    }

    @Test
    void answeringOrAcceptingOnUnknownOrWithdrawnQuestionsIsNotFound() {
        answer(UUID.randomUUID(), answerer, "Into the void").expectStatus().isNotFound();
        UUID question = forum.promoted("utrecht", asker.id(), "Soon withdrawn");
        accept(question, UUID.randomUUID(), asker).expectStatus().isNotFound();
        UUID answer = answerId(question, answerer, "Stored but hidden with its question");

        forum.version(question, "utrecht", asker.id(), "Soon withdrawn", "WITHDRAWN");
        forum.awaitGone(question);

        answer(question, answerer, "Too late").expectStatus().isNotFound();
        accept(question, answer, asker).expectStatus().isNotFound();
        assertThat(db.sql("SELECT count(*) FROM national_answers WHERE question_id = :id")
                        .bind("id", question)
                        .map(row -> row.get(0, Long.class))
                        .one()
                        .block(Duration.ofSeconds(5)))
                .isEqualTo(1L);
    }

    @Test
    void trendingPutsTheMostAnsweredRecentQuestionFirst() {
        UUID quiet = forum.promoted("utrecht", asker.id(), "A quiet question", "trending-test");
        UUID busy = forum.promoted("utrecht", asker.id(), "A busy question", "trending-test");
        UUID busiest = forum.promoted("utrecht", asker.id(), "The busiest question", "trending-test");
        answerId(busy, answerer, "one");
        answerId(busiest, answerer, "one");
        answerId(busiest, answerer, "two");

        web.get()
                .uri("/api/national/questions?tag=trending-test&sort=trending")
                .header(HttpHeaders.AUTHORIZATION, answerer.bearer())
                .exchange()
                .expectBody()
                .jsonPath("$.items[0].id")
                .isEqualTo(busiest.toString())
                .jsonPath("$.items[0].answerCount")
                .isEqualTo(2)
                .jsonPath("$.items[1].id")
                .isEqualTo(busy.toString())
                .jsonPath("$.items[2].id")
                .isEqualTo(quiet.toString());
    }

    private WebTestClient.ResponseSpec answer(UUID question, TestMember member, String body) {
        return web.post()
                .uri("/api/national/questions/{id}/answers", question)
                .header(HttpHeaders.AUTHORIZATION, member.bearer())
                .bodyValue(Map.of("body", body))
                .exchange();
    }

    private UUID answerId(UUID question, TestMember member, String body) {
        byte[] json = answer(question, member, body)
                .expectStatus()
                .isCreated()
                .expectBody()
                .returnResult()
                .getResponseBody();
        return UUID.fromString(EventJson.read(new String(json, java.nio.charset.StandardCharsets.UTF_8))
                .get("id")
                .asString());
    }

    private WebTestClient.ResponseSpec accept(UUID question, UUID answer, TestMember member) {
        return web.post()
                .uri("/api/national/questions/{id}/answers/{a}/accept", question, answer)
                .header(HttpHeaders.AUTHORIZATION, member.bearer())
                .exchange();
    }

    private List<JsonNode> outbox(UUID question) {
        return db.sql("""
                        SELECT payload FROM messaging.outbox
                        WHERE topic = 'answers.national.v1' AND key = :key AND type = 'answer.national-posted.v1'
                        ORDER BY seq""")
                .bind("key", question.toString())
                .map(row -> row.get("payload", String.class))
                .all()
                .map(EventJson::read)
                .collectList()
                .block(Duration.ofSeconds(5));
    }

    private List<Map.Entry<String, Boolean>> acceptances(UUID question) {
        List<JsonNode> events = outbox(question);
        return events.subList(2, events.size()).stream()
                .map(event -> Map.entry(
                        event.get("answerId").asString(), event.get("accepted").asBoolean()))
                .toList();
    }
}

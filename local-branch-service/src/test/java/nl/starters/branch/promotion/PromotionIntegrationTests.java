package nl.starters.branch.promotion;

import static nl.starters.branch.promotion.Promoting.QUESTION;
import static nl.starters.branch.promotion.Promoting.question;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import nl.starters.servicedefaults.kafka.EventJson;
import nl.starters.servicedefaults.testing.ServiceIntegrationTest;
import nl.starters.servicedefaults.testing.security.TestIdentity;
import nl.starters.servicedefaults.testing.security.TestMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

@ServiceIntegrationTest
class PromotionIntegrationTests {

    @Autowired
    WebTestClient web;

    @Autowired
    DatabaseClient db;

    Promoting promoting;
    TestMember asker;
    TestMember staff;

    @BeforeEach
    void fixtures() {
        promoting = new Promoting(web, db);
        asker = promoting.known(TestIdentity.memberOf("utrecht"));
        staff = promoting.known(TestIdentity.staffOf("utrecht"));
    }

    @Test
    void aQuestionWithoutTheAskersConsentIsNotPromoted() {
        UUID id = promoting.ask(asker, "Alleen voor Utrecht", false);

        promoting
                .promote(staff, id)
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).contains("did not consent"));

        assertThat(promoting.promotedEvents(id)).isEmpty();
        assertThat(promoting.view(asker, id)).containsEntry("promoted", false);
    }

    @Test
    void onlyStaffOfThisBranchPromote() {
        UUID id = promoting.ask(asker, "Mag iedereen dit delen?", true);

        for (TestMember caller : List.of(
                asker,
                TestIdentity.memberOf("utrecht"),
                TestIdentity.memberOf("groningen"),
                TestIdentity.staffOf("groningen"),
                TestIdentity.coordinator())) {
            promoting.promote(caller, id).expectStatus().isForbidden();
        }
        assertThat(promoting.promotedEvents(id)).isEmpty();
    }

    @Test
    void promotingTwiceSharesTheQuestionOnce() {
        UUID id = promoting.ask(asker, "Twee keer gedeeld?", true);

        promoting
                .promote(staff, id)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.promoted")
                .isEqualTo(true);
        promoting
                .promote(staff, id)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.promoted")
                .isEqualTo(true);

        assertThat(promoting.promotedEvents(id)).hasSize(1);
        assertThat(promoting.notifications("MY_QUESTION_PROMOTED", id)).isOne();
        assertThat(promoting.count(
                        "SELECT count(*) FROM messaging.outbox WHERE topic = 'activity.v1'"
                                + " AND payload::jsonb ->> 'type' = 'QUESTION_PROMOTED'"
                                + " AND payload::jsonb ->> 'subjectId' = :id::text",
                        id))
                .isOne();
    }

    @Test
    void thePromotedEventCarriesTheContractFields() {
        UUID id = promoting.ask(asker, "Wat zegt het contract?", true);

        promoting.promote(staff, id).expectStatus().isOk();

        JsonNode payload = EventJson.read(promoting.promotedEvents(id).get(0));
        List<String> fields = new ArrayList<>(payload.propertyNames());
        assertThat(fields)
                .containsExactlyInAnyOrder(
                        "questionId", "branch", "askerId", "title", "body", "tags", "status", "promotedAt");
        assertThat(payload.get("questionId").asString()).isEqualTo(id.toString());
        assertThat(payload.get("branch").asString()).isEqualTo("utrecht");
        assertThat(payload.get("askerId").asString()).isEqualTo(asker.id().toString());
        assertThat(payload.get("title").asString()).isEqualTo("Wat zegt het contract?");
        assertThat(payload.get("body").asString()).isEqualTo("Hoe doen andere regio's dit?");
        assertThat(payload.get("tags").get(0).asString()).isEqualTo("btw");
        assertThat(payload.get("status").asString()).isEqualTo("SHARED");
        assertThat(payload.get("promotedAt").asString()).isNotBlank();
    }

    @Test
    void aQuestionModerationHidIsNotPromoted() {
        UUID id = promoting.ask(asker, "Verborgen vraag", true);
        db.sql("INSERT INTO moderation_states (subject_id, subject_kind, state, updated_at)"
                        + " VALUES (:id, 'QUESTION', 'HIDDEN', now())")
                .bind("id", id)
                .then()
                .block(Promoting.WAIT);

        promoting.promote(staff, id).expectStatus().isEqualTo(409);

        assertThat(promoting.promotedEvents(id)).isEmpty();
    }

    @Test
    void anUnknownQuestionIsNotFound() {
        promoting.promote(staff, UUID.randomUUID()).expectStatus().isNotFound();
    }

    @Test
    void enoughMeTooVotesPromoteAConsentedQuestion() {
        UUID id = promoting.ask(asker, "Wie heeft dit ook?", true);

        for (int i = 0; i < 4; i++) {
            promoting
                    .post(QUESTION + "/votes", TestIdentity.memberOf("utrecht"), Map.of(), id)
                    .expectStatus()
                    .isOk();
        }
        assertThat(promoting.promotedEvents(id)).isEmpty();

        promoting
                .post(QUESTION + "/votes", TestIdentity.memberOf("utrecht"), Map.of(), id)
                .expectStatus()
                .isOk();

        assertThat(promoting.promotedEvents(id)).hasSize(1);
        assertThat(promoting.view(asker, id)).containsEntry("promoted", true);
        assertThat(promoting.notifications("MY_QUESTION_PROMOTED", id)).isOne();
    }

    @Test
    void concurrentVotesOverTheThresholdPromoteOnceAndAllCount() throws Exception {
        UUID id = promoting.ask(asker, "Iedereen tegelijk", true);
        List<TestMember> voters = IntStream.range(0, 12)
                .mapToObj(i -> TestIdentity.memberOf("utrecht"))
                .toList();

        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (TestMember voter : voters) {
                statuses.add(pool.submit(() -> promoting
                        .post(QUESTION + "/votes", voter, Map.of(), id)
                        .returnResult(String.class)
                        .getStatus()
                        .value()));
            }
            for (Future<Integer> status : statuses) {
                assertThat(status.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(promoting.promotedEvents(id)).hasSize(1);
        assertThat(promoting.count("SELECT count(*) FROM question_votes WHERE question_id = :id", id))
                .isEqualTo(12);
    }

    @Test
    void votesDoNotPromoteAQuestionWithoutConsent() {
        UUID id = promoting.ask(asker, "Stemmen zonder toestemming", false);

        for (int i = 0; i < 6; i++) {
            promoting
                    .post(QUESTION + "/votes", TestIdentity.memberOf("utrecht"), Map.of(), id)
                    .expectStatus()
                    .isOk();
        }

        assertThat(promoting.promotedEvents(id)).isEmpty();
    }

    @Test
    void anEditAndAWithdrawnConsentAreLaterVersions() {
        UUID id = promoting.ask(asker, "Eerste versie", true);
        promoting.promote(staff, id).expectStatus().isOk();

        promoting
                .put(QUESTION, asker, question("Tweede versie", "Nieuwe tekst.", true, "kvk"), id)
                .expectStatus()
                .isOk();
        promoting
                .put(QUESTION, asker, question("Derde versie", "Niet meer delen.", false), id)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.promoted")
                .isEqualTo(false);

        List<JsonNode> versions =
                promoting.promotedEvents(id).stream().map(EventJson::read).toList();
        assertThat(versions)
                .extracting(v -> v.get("status").asString())
                .containsExactly("SHARED", "SHARED", "WITHDRAWN");
        assertThat(versions.get(1).get("title").asString()).isEqualTo("Tweede versie");
        assertThat(versions.get(1).get("tags").get(0).asString()).isEqualTo("kvk");
        assertThat(versions.get(2).get("title").asString()).isEqualTo("Tweede versie");
        assertThat(versions.get(1).get("promotedAt")).isEqualTo(versions.get(0).get("promotedAt"));
    }

    @Test
    void consentGivenAfterEnoughVotesPromotesAtOnce() {
        UUID id = promoting.ask(asker, "Eerst niet, later wel", false);
        for (int i = 0; i < 5; i++) {
            promoting
                    .post(QUESTION + "/votes", TestIdentity.memberOf("utrecht"), Map.of(), id)
                    .expectStatus()
                    .isOk();
        }
        assertThat(promoting.promotedEvents(id)).isEmpty();

        promoting
                .put(QUESTION, asker, question("Eerst niet, later wel", "Nu mag het.", true), id)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.promoted")
                .isEqualTo(true);

        assertThat(promoting.promotedEvents(id)).hasSize(1);
    }

    @Test
    void anEditOfAQuestionNeverPromotedPublishesNothing() {
        UUID id = promoting.ask(asker, "Lokaal gebleven", true);

        promoting
                .put(QUESTION, asker, question("Nog steeds lokaal", "Tekst.", true), id)
                .expectStatus()
                .isOk();

        assertThat(promoting.promotedEvents(id)).isEmpty();
    }

    @Test
    void aRemovalAndARestoreAreLaterVersions() {
        UUID id = promoting.ask(asker, "Wordt verwijderd", true);
        promoting.promote(staff, id).expectStatus().isOk();

        promoting
                .post("/api/branches/utrecht/moderation/question/{id}/remove", staff, Map.of("reason", "spam"), id)
                .expectStatus()
                .isOk();
        // removed content is gone for staff too: nothing to edit until it is restored
        promoting
                .put(QUESTION, staff, question("Bewerkt terwijl verwijderd", "Tekst.", true), id)
                .expectStatus()
                .isNotFound();
        promoting
                .post("/api/branches/utrecht/moderation/question/{id}/restore", staff, Map.of("reason", "ok"), id)
                .expectStatus()
                .isOk();

        assertThat(promoting.promotedEvents(id).stream().map(EventJson::read))
                .extracting(v -> v.get("status").asString())
                .containsExactly("SHARED", "REMOVED", "SHARED");
    }
}

package nl.starters.branch.questions;

import static nl.starters.branch.questions.QuestionFixtures.QUESTION;
import static nl.starters.branch.questions.QuestionFixtures.QUESTIONS;
import static nl.starters.branch.questions.QuestionFixtures.question;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.starters.servicedefaults.testing.ServiceIntegrationTest;
import nl.starters.servicedefaults.testing.security.TestIdentity;
import nl.starters.servicedefaults.testing.security.TestMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Asking, reading and editing local questions: who may, what they see, what is recorded. */
@ServiceIntegrationTest
class QuestionIntegrationTests {

    @Autowired
    WebTestClient web;

    @Autowired
    DatabaseClient db;

    QuestionFixtures fixtures;
    TestMember asker;
    TestMember staff;

    @BeforeEach
    void fixtures() {
        fixtures = new QuestionFixtures(web, db);
        asker = fixtures.known(TestIdentity.memberOf("utrecht"));
        staff = fixtures.known(TestIdentity.staffOf("utrecht"));
    }

    @Test
    void aMemberAsksAndGetsTheQuestionWithItsLocation() {
        fixtures.post(
                        QUESTIONS,
                        asker,
                        question(
                                "Waar vind ik een boekhouder?",
                                "Liefst **lokaal**.",
                                List.of(" Geld ", "geld", "BTW"),
                                true))
                .expectStatus()
                .isCreated()
                .expectHeader()
                .value(
                        HttpHeaders.LOCATION,
                        location -> assertThat(location).matches("/api/branches/utrecht/questions/[0-9a-f-]{36}"))
                .expectBody()
                .jsonPath("$.id")
                .isNotEmpty()
                .jsonPath("$.title")
                .isEqualTo("Waar vind ik een boekhouder?")
                .jsonPath("$.bodyHtml")
                .isEqualTo("<p>Liefst <strong>lokaal</strong>.</p>\n")
                .jsonPath("$.body")
                .isEqualTo("Liefst **lokaal**.")
                .jsonPath("$.tags")
                .isEqualTo(List.of("geld", "btw"))
                .jsonPath("$.shareBeyondRegion")
                .isEqualTo(true)
                .jsonPath("$.askedAt")
                .isNotEmpty()
                .jsonPath("$.editedAt")
                .doesNotExist()
                .jsonPath("$.author.id")
                .isEqualTo(asker.id().toString())
                .jsonPath("$.author.displayName")
                .isEqualTo(asker.displayName())
                .jsonPath("$.author.staff")
                .isEqualTo(false)
                .jsonPath("$.votes")
                .isEqualTo(0)
                .jsonPath("$.votedByMe")
                .isEqualTo(false)
                .jsonPath("$.answerCount")
                .isEqualTo(0)
                .jsonPath("$.answers")
                .isEmpty()
                .jsonPath("$.nationalAnswers")
                .isEmpty()
                .jsonPath("$.promoted")
                .isEqualTo(false);
    }

    @Test
    void sharingBeyondTheRegionIsOffUnlessTheAskerSaysSo() {
        UUID id = fixtures.ask(asker, "Mag ik thuis werken?", "Als zzp'er.");

        fixtures.get(QUESTION, asker, id)
                .expectBody()
                .jsonPath("$.shareBeyondRegion")
                .isEqualTo(false);
    }

    @Test
    void askingOpensTheReplyPromiseAndRecordsTheActivity() {
        UUID id = fixtures.ask(asker, "Hoe schrijf ik een offerte?", "Eerste klant.");

        assertThat(fixtures.count(
                        "SELECT count(*) FROM reply_promises WHERE subject_id = :id AND kind = 'QUESTION'"
                                + " AND title = 'Hoe schrijf ik een offerte?' AND replied_at IS NULL",
                        Map.of("id", id)))
                .isOne();
        assertThat(fixtures.activities("QUESTION_ASKED", id)).isOne();
    }

    @Test
    void staffAskingOpensNoReplyPromise() {
        UUID id = fixtures.ask(staff, "Wie komt er naar de borrel?", "Vrijdag.");

        assertThat(fixtures.count("SELECT count(*) FROM reply_promises WHERE subject_id = :id", Map.of("id", id)))
                .isZero();
        assertThat(fixtures.activities("QUESTION_ASKED", id)).isOne();
    }

    @Test
    void theMarkdownSourceIsOnlyForTheAskerAndStaffOfThisBranch() {
        UUID id = fixtures.ask(asker, "Welke verzekering?", "*Aansprakelijkheid* of niet?");

        fixtures.get(QUESTION, asker, id).expectBody().jsonPath("$.body").isEqualTo("*Aansprakelijkheid* of niet?");
        fixtures.get(QUESTION, staff, id).expectBody().jsonPath("$.body").isEqualTo("*Aansprakelijkheid* of niet?");
        for (TestMember reader : List.of(
                TestIdentity.memberOf("utrecht"),
                TestIdentity.memberOf("groningen"),
                TestIdentity.staffOf("groningen"),
                TestIdentity.coordinator())) {
            fixtures.get(QUESTION, reader, id)
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.body")
                    .doesNotExist()
                    .jsonPath("$.bodyHtml")
                    .isEqualTo("<p><em>Aansprakelijkheid</em> of niet?</p>\n");
        }
    }

    @Test
    void nothingAMemberWritesRunsInAnotherMembersBrowser() {
        UUID id = fixtures.ask(
                asker,
                "Veilig of niet?",
                "<script>alert(1)</script> <img src=x onerror=alert(2)>\n\n[klik](javascript:alert) [kvk](https://kvk.nl)");

        String html = web.get()
                .uri(QUESTION, id)
                .header(HttpHeaders.AUTHORIZATION, staff.bearer())
                .exchange()
                .expectBody(QuestionFixtures.JSON)
                .returnResult()
                .getResponseBody()
                .get("bodyHtml")
                .toString();
        assertThat(html)
                .contains("&lt;script&gt;", "href=\"https://kvk.nl\"")
                .doesNotContain("<script", "<img", "href=\"javascript");
    }

    @Test
    void theAskerAndStaffEditAndAnybodyElseIsRefused() {
        UUID id = fixtures.ask(asker, "Eerste versie", "Tekst.", "oud");

        fixtures.put(QUESTION, asker, question("Tweede versie", "Nieuwe tekst.", List.of("nieuw"), true), id)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.title")
                .isEqualTo("Tweede versie")
                .jsonPath("$.body")
                .isEqualTo("Nieuwe tekst.")
                .jsonPath("$.tags")
                .isEqualTo(List.of("nieuw"))
                .jsonPath("$.shareBeyondRegion")
                .isEqualTo(true)
                .jsonPath("$.editedAt")
                .isNotEmpty();
        fixtures.put(QUESTION, staff, question("Derde versie", "Door staf.", null, true), id)
                .expectStatus()
                .isOk();
        fixtures.put(QUESTION, TestIdentity.memberOf("utrecht"), question("Gekaapt", "Niet van mij.", null, true), id)
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail")
                .isEqualTo("Only the asker or staff of this branch may edit a question.");
        fixtures.put(QUESTION, TestIdentity.staffOf("groningen"), question("Gekaapt", "Van elders.", null, true), id)
                .expectStatus()
                .isForbidden();

        fixtures.get(QUESTION, asker, id).expectBody().jsonPath("$.title").isEqualTo("Derde versie");
    }

    @Test
    void theAskerWithdrawsTheConsentToShareBeyondTheRegion() {
        UUID id = fixtures.ask(asker, "Deelbaar?", "Eerst wel.");
        fixtures.put(QUESTION, asker, question("Deelbaar?", "Eerst wel.", null, true), id);

        fixtures.put(QUESTION, asker, question("Deelbaar?", "Nu niet meer.", null, false), id)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.shareBeyondRegion")
                .isEqualTo(false);
        assertThat(fixtures.count(
                        "SELECT count(*) FROM questions WHERE id = :id AND NOT share_beyond_region", Map.of("id", id)))
                .isOne();
    }

    @Test
    void anUnknownQuestionIsNotFound() {
        UUID unknown = UUID.randomUUID();
        fixtures.get(QUESTION, asker, unknown)
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.detail")
                .isEqualTo("This branch has no question " + unknown + ".");
        fixtures.put(QUESTION, asker, question("Bestaat niet", "Nee.", null, null), unknown)
                .expectStatus()
                .isNotFound();
    }

    @Test
    void membersOfOtherBranchesReadButDoNotAsk() {
        UUID id = fixtures.ask(asker, "Open voor iedereen?", "Lezen wel.");
        TestMember elsewhere = TestIdentity.memberOf("groningen");

        fixtures.get(QUESTION, elsewhere, id).expectStatus().isOk();
        fixtures.get(QUESTIONS, elsewhere).expectStatus().isOk();
        fixtures.post(QUESTIONS, elsewhere, question("Van elders", "Mag niet.", null, null))
                .expectStatus()
                .isForbidden();
        web.get().uri(QUESTION, id).exchange().expectStatus().isUnauthorized();
    }

    @Test
    void anErasedAskerShowsAsFormerMemberAndTheQuestionStays() {
        UUID id = fixtures.ask(asker, "Wat als ik vertrek?", "Blijft dit staan?");
        db.sql("UPDATE members SET erased = true WHERE id = :id")
                .bind("id", asker.id())
                .then()
                .block(QuestionFixtures.WAIT);

        fixtures.get(QUESTION, staff, id)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.title")
                .isEqualTo("Wat als ik vertrek?")
                .jsonPath("$.author.displayName")
                .isEqualTo("former member")
                .jsonPath("$.author.staff")
                .isEqualTo(false);
    }

    @Test
    void staffCarryTheBankEmployeeBadge() {
        UUID id = fixtures.ask(staff, "Vragen over de bank?", "Stel ze hier.");

        fixtures.get(QUESTION, asker, id)
                .expectBody()
                .jsonPath("$.author.displayName")
                .isEqualTo(staff.displayName())
                .jsonPath("$.author.staff")
                .isEqualTo(true);
    }

    @Test
    void aRemovedQuestionIsGoneForStaffToo() {
        UUID id = fixtures.ask(asker, "Verwijderde vraag", "Na beoordeling verwijderd.", "verwijderd");
        fixtures.remove(id, "QUESTION");

        fixtures.get(QUESTION, staff, id).expectStatus().isNotFound();
        fixtures.get(QUESTIONS + "?tag=verwijderd", staff, new Object[0])
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(0);
    }

    @Test
    void aHiddenQuestionIsNotFoundForMembersAndStillThereForStaff() {
        UUID id = fixtures.ask(asker, "Verborgen vraag", "Gemeld door anderen.", "verborgen-vraag");
        fixtures.hide(id, "QUESTION");

        for (TestMember member : List.of(asker, TestIdentity.memberOf("utrecht"), TestIdentity.coordinator())) {
            fixtures.get(QUESTION, member, id).expectStatus().isNotFound();
            fixtures.get(QUESTIONS + "?tag=verborgen-vraag", member, new Object[0])
                    .expectBody()
                    .jsonPath("$.total")
                    .isEqualTo(0);
            fixtures.put(QUESTION, asker, question("Toch bewerken", "Nee.", null, null), id)
                    .expectStatus()
                    .isNotFound();
        }
        fixtures.get(QUESTION, staff, id).expectStatus().isOk();
        fixtures.get(QUESTIONS + "?tag=verborgen-vraag", staff, new Object[0])
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(1);
    }
}

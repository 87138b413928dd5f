package nl.starters.branch.questions;

import static nl.starters.branch.questions.QuestionFixtures.ACCEPT;
import static nl.starters.branch.questions.QuestionFixtures.ANSWERS;
import static nl.starters.branch.questions.QuestionFixtures.QUESTION;
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
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Answering and accepting: who may, and what the asker, the reply promise and activity.v1 learn. */
@ServiceIntegrationTest
class AnswerIntegrationTests {

    @Autowired
    WebTestClient web;

    @Autowired
    DatabaseClient db;

    QuestionFixtures fixtures;
    TestMember asker;
    TestMember helper;
    TestMember staff;
    UUID question;

    @BeforeEach
    void aQuestion() {
        fixtures = new QuestionFixtures(web, db);
        asker = fixtures.known(TestIdentity.memberOf("utrecht"));
        helper = fixtures.known(TestIdentity.memberOf("utrecht"));
        staff = fixtures.known(TestIdentity.staffOf("utrecht"));
        question = fixtures.ask(asker, "Welke bank voor zakelijk?", "Ik begin een webwinkel.");
    }

    @Test
    void aMemberAnswersAndTheAskerIsToldOnce() {
        fixtures.post(ANSWERS, helper, Map.of("body", "Kijk naar de **kosten**."), question)
                .expectStatus()
                .isCreated()
                .expectHeader()
                .valueEquals(HttpHeaders.LOCATION, "/api/branches/utrecht/questions/" + question)
                .expectBody()
                .jsonPath("$.id")
                .isNotEmpty()
                .jsonPath("$.questionId")
                .isEqualTo(question.toString())
                .jsonPath("$.bodyHtml")
                .isEqualTo("<p>Kijk naar de <strong>kosten</strong>.</p>\n")
                .jsonPath("$.body")
                .isEqualTo("Kijk naar de **kosten**.")
                .jsonPath("$.author.displayName")
                .isEqualTo(helper.displayName())
                .jsonPath("$.accepted")
                .isEqualTo(false);

        assertThat(notificationsOf(asker)).isOne();
        fixtures.get("/api/branches/utrecht/notifications", asker)
                .expectBody()
                .jsonPath("$.items[0].type")
                .isEqualTo("ANSWER_TO_MY_QUESTION")
                .jsonPath("$.items[0].subjectId")
                .isEqualTo(question.toString());
        fixtures.get(QUESTION, asker, question)
                .expectBody()
                .jsonPath("$.answerCount")
                .isEqualTo(1)
                .jsonPath("$.answers[0].body")
                .doesNotExist()
                .jsonPath("$.answers[0].bodyHtml")
                .isEqualTo("<p>Kijk naar de <strong>kosten</strong>.</p>\n");
    }

    @Test
    void answersArePagedAcceptedFirstThenOldestFirst() {
        UUID first = fixtures.answer(helper, question, "Eerste.");
        UUID second = fixtures.answer(staff, question, "Tweede.");
        UUID third = fixtures.answer(helper, question, "Derde.");
        fixtures.post(ANSWERS + "/{a}/accept", asker, Map.of(), question, third)
                .expectStatus()
                .isOk();

        fixtures.get(ANSWERS + "?page=0&size=2", helper, question)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(3)
                .jsonPath("$.items.length()")
                .isEqualTo(2)
                .jsonPath("$.items[0].id")
                .isEqualTo(third.toString())
                .jsonPath("$.items[1].id")
                .isEqualTo(first.toString());
        fixtures.get(ANSWERS + "?page=1&size=2", helper, question)
                .expectBody()
                .jsonPath("$.items[0].id")
                .isEqualTo(second.toString());
        fixtures.get(ANSWERS, helper, UUID.randomUUID()).expectStatus().isNotFound();
    }

    @Test
    void theAskersOwnAnswerTellsNobody() {
        fixtures.answer(asker, question, "Zelf gevonden.");

        assertThat(notificationsOf(asker)).isZero();
    }

    @Test
    void anAnswerIsRecordedAsAnActivity() {
        UUID answer = fixtures.answer(helper, question, "Probeer de KvK.");

        assertThat(fixtures.activities("ANSWER", answer)).isOne();
        assertThat(fixtures.count(
                        "SELECT count(*) FROM messaging.outbox WHERE type = 'activity.recorded.v1'"
                                + " AND payload::jsonb ->> 'subjectId' = CAST(:a AS text)"
                                + " AND payload::jsonb ->> 'parentId' = CAST(:q AS text)",
                        Map.of("a", answer, "q", question)))
                .as("the answer names its question as parentId")
                .isOne();
        assertThat(fixtures.count(
                        "SELECT count(*) FROM reply_promises WHERE subject_id = :q AND replied_at IS NULL",
                        Map.of("q", question)))
                .as("a member's answer does not keep the reply promise")
                .isOne();
    }

    @Test
    void aStaffAnswerKeepsTheReplyPromiseOnce() {
        fixtures.answer(staff, question, "Kom langs op het kantoor.");
        fixtures.answer(TestIdentity.staffOf("utrecht"), question, "Of bel ons.");

        assertThat(fixtures.count(
                        "SELECT count(*) FROM reply_promises WHERE subject_id = :q AND replied_by = :staff"
                                + " AND replied_at IS NOT NULL",
                        Map.of("q", question, "staff", staff.id())))
                .isOne();
        assertThat(fixtures.activities("FIRST_STAFF_REPLY", question)).isOne();
    }

    @Test
    void membersOfOtherBranchesDoNotAnswer() {
        fixtures.post(ANSWERS, TestIdentity.memberOf("groningen"), Map.of("body", "Van elders."), question)
                .expectStatus()
                .isForbidden();
        fixtures.post(ANSWERS, TestIdentity.staffOf("groningen"), Map.of("body", "Staf van elders."), question)
                .expectStatus()
                .isForbidden();
    }

    @Test
    void anAnswerToAnUnknownQuestionIsNotFound() {
        fixtures.post(ANSWERS, helper, Map.of("body", "Waarop?"), UUID.randomUUID())
                .expectStatus()
                .isNotFound();
    }

    @Test
    void theAskerAcceptsAndAcceptingAgainChangesNothing() {
        UUID answer = fixtures.answer(helper, question, "Een rekening met lage kosten.");

        for (int time = 0; time < 2; time++) {
            fixtures.post(ACCEPT, asker, Map.of(), question, answer)
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.acceptedAnswerId")
                    .isEqualTo(answer.toString())
                    .jsonPath("$.answers[0].accepted")
                    .isEqualTo(true);
        }
    }

    @Test
    void acceptingAnotherAnswerMovesTheAcceptance() {
        UUID first = fixtures.answer(helper, question, "Eerste antwoord.");
        UUID second = fixtures.answer(staff, question, "Beter antwoord.");
        fixtures.post(ACCEPT, asker, Map.of(), question, first).expectStatus().isOk();

        fixtures.post(ACCEPT, staff, Map.of(), question, second)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.acceptedAnswerId")
                .isEqualTo(second.toString())
                .jsonPath("$.answers[0].id")
                .isEqualTo(second.toString())
                .jsonPath("$.answers[?(@.accepted == true)].id")
                .isEqualTo(List.of(second.toString()));
    }

    @Test
    void onlyTheAskerOrStaffOfThisBranchAccept() {
        UUID answer = fixtures.answer(helper, question, "Mijn eigen antwoord.");

        for (TestMember refused : List.of(helper, TestIdentity.coordinator(), TestIdentity.admin())) {
            fixtures.post(ACCEPT, refused, Map.of(), question, answer)
                    .expectStatus()
                    .isForbidden()
                    .expectBody()
                    .jsonPath("$.detail")
                    .isEqualTo("Only the asker or staff of this branch may accept an answer.");
        }
        fixtures.post(ACCEPT, TestIdentity.staffOf("groningen"), Map.of(), question, answer)
                .expectStatus()
                .isForbidden();
        fixtures.get(QUESTION, asker, question)
                .expectBody()
                .jsonPath("$.acceptedAnswerId")
                .doesNotExist();
    }

    @Test
    void anAnswerToAnotherQuestionOrAnUnknownOneCannotBeAccepted() {
        UUID other = fixtures.ask(asker, "Andere vraag", "Iets anders.");
        UUID elsewhere = fixtures.answer(helper, other, "Hoort bij de andere vraag.");

        fixtures.post(ACCEPT, asker, Map.of(), question, elsewhere)
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.detail")
                .isEqualTo("Question " + question + " has no answer " + elsewhere + ".");
        fixtures.post(ACCEPT, asker, Map.of(), question, UUID.randomUUID())
                .expectStatus()
                .isNotFound();
        fixtures.post(ACCEPT, asker, Map.of(), UUID.randomUUID(), elsewhere)
                .expectStatus()
                .isNotFound();
    }

    @Test
    void aHiddenAnswerIsInvisibleToMembersAndNotCounted() {
        UUID visible = fixtures.answer(helper, question, "Zichtbaar antwoord.");
        UUID hidden = fixtures.answer(TestIdentity.memberOf("utrecht"), question, "Gemeld antwoord.");
        fixtures.hide(hidden, "ANSWER");

        fixtures.get(QUESTION, asker, question)
                .expectBody()
                .jsonPath("$.answerCount")
                .isEqualTo(1)
                .jsonPath("$.answers[*].id")
                .isEqualTo(List.of(visible.toString()));
        fixtures.post(ACCEPT, asker, Map.of(), question, hidden).expectStatus().isNotFound();
        fixtures.get(QUESTION, staff, question)
                .expectBody()
                .jsonPath("$.answerCount")
                .isEqualTo(2);
    }

    @Test
    void anAcceptedAnswerHiddenLaterIsNoLongerShownAsAccepted() {
        UUID answer = fixtures.answer(helper, question, "Eerst geaccepteerd.");
        fixtures.post(ACCEPT, asker, Map.of(), question, answer).expectStatus().isOk();
        fixtures.hide(answer, "ANSWER");

        fixtures.get(QUESTION, asker, question)
                .expectBody()
                .jsonPath("$.acceptedAnswerId")
                .doesNotExist();
        fixtures.get(QUESTION, staff, question)
                .expectBody()
                .jsonPath("$.acceptedAnswerId")
                .isEqualTo(answer.toString());
    }

    @Test
    void anErasedAnswererShowsAsFormerMember() {
        fixtures.answer(helper, question, "Ik ben straks weg.");
        db.sql("UPDATE members SET erased = true WHERE id = :id")
                .bind("id", helper.id())
                .then()
                .block(QuestionFixtures.WAIT);

        fixtures.get(QUESTION, asker, question)
                .expectBody()
                .jsonPath("$.answers[0].author.displayName")
                .isEqualTo("former member")
                .jsonPath("$.answers[0].bodyHtml")
                .isEqualTo("<p>Ik ben straks weg.</p>\n");
    }

    private long notificationsOf(TestMember member) {
        return fixtures.count(
                "SELECT count(*) FROM notifications WHERE member_id = :member AND type = 'ANSWER_TO_MY_QUESTION'"
                        + " AND subject_id = :question",
                Map.of("member", member.id(), "question", question));
    }
}

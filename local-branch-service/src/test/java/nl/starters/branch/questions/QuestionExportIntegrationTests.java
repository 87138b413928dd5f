package nl.starters.branch.questions;

import static nl.starters.branch.questions.QuestionFixtures.ACCEPT;
import static nl.starters.branch.questions.QuestionFixtures.QUESTION;
import static nl.starters.branch.questions.QuestionFixtures.VOTES;
import static nl.starters.branch.questions.QuestionFixtures.question;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.starters.branch.moderation.ContentRef;
import nl.starters.branch.moderation.ModeratedContent;
import nl.starters.servicedefaults.testing.ServiceIntegrationTest;
import nl.starters.servicedefaults.testing.security.TestIdentity;
import nl.starters.servicedefaults.testing.security.TestMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** What the member's export and moderation learn about questions, answers and votes. */
@ServiceIntegrationTest
class QuestionExportIntegrationTests {

    static final String EXPORT = "/api/branches/utrecht/members/me/export";

    @Autowired
    WebTestClient web;

    @Autowired
    DatabaseClient db;

    @Autowired
    List<ModeratedContent> moderated;

    QuestionFixtures fixtures;
    TestMember member;
    TestMember other;

    @BeforeEach
    void fixtures() {
        fixtures = new QuestionFixtures(web, db);
        member = fixtures.known(TestIdentity.memberOf("utrecht"));
        other = fixtures.known(TestIdentity.memberOf("utrecht"));
    }

    @Test
    void theExportHoldsTheMembersQuestionsAnswersAndVotesWithTheirSource() {
        UUID own = fixtures.ask(member, "Mijn eigen vraag", "**Bron** tekst.", "export");
        fixtures.put(QUESTION, member, question("Mijn eigen vraag", "**Bron** tekst.", List.of("export"), true), own);
        fixtures.hide(own, "QUESTION");
        UUID theirs = fixtures.ask(other, "Andermans vraag", "Niet van mij.");
        UUID answer = fixtures.answer(member, theirs, "Mijn _antwoord_.");
        fixtures.post(ACCEPT, other, Map.of(), theirs, answer);
        fixtures.post(VOTES, member, Map.of(), theirs);
        fixtures.answer(other, theirs, "Niet in mijn export.");

        fixtures.get(EXPORT, member)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.items.questions[*].id")
                .isEqualTo(List.of(own.toString()))
                .jsonPath("$.items.questions[0].body")
                .isEqualTo("**Bron** tekst.")
                .jsonPath("$.items.questions[0].tags")
                .isEqualTo(List.of("export"))
                .jsonPath("$.items.questions[0].shareBeyondRegion")
                .isEqualTo(true)
                .jsonPath("$.items.questions[0].editedAt")
                .isNotEmpty()
                .jsonPath("$.items.answers[*].id")
                .isEqualTo(List.of(answer.toString()))
                .jsonPath("$.items.answers[0].questionId")
                .isEqualTo(theirs.toString())
                .jsonPath("$.items.answers[0].body")
                .isEqualTo("Mijn _antwoord_.")
                .jsonPath("$.items.answers[0].accepted")
                .isEqualTo(true)
                .jsonPath("$.items.votes[*].questionId")
                .isEqualTo(List.of(theirs.toString()))
                .jsonPath("$.items.votes[0].votedAt")
                .isNotEmpty();
    }

    @Test
    void aMemberWithoutQuestionsGetsEmptyParts() {
        fixtures.get(EXPORT, TestIdentity.memberOf("groningen"))
                .expectBody()
                .jsonPath("$.items.questions")
                .isEmpty()
                .jsonPath("$.items.answers")
                .isEmpty()
                .jsonPath("$.items.votes")
                .isEmpty();
    }

    @Test
    void moderationFindsQuestionsAndAnswersWithTheirAuthors() {
        UUID question = fixtures.ask(member, "Te melden vraag", "Inhoud.");
        UUID answer = fixtures.answer(other, question, "Te melden antwoord.");
        ModeratedContent content = moderated.stream()
                .filter(candidate -> candidate.kinds().contains("QUESTION"))
                .findFirst()
                .orElseThrow();

        assertThat(content.kinds()).containsExactlyInAnyOrder("QUESTION", "ANSWER");
        assertThat(content.find("QUESTION", question).block(QuestionFixtures.WAIT))
                .isEqualTo(new ContentRef("QUESTION", question, member.id(), "Te melden vraag"));
        assertThat(content.find("ANSWER", answer).block(QuestionFixtures.WAIT))
                .isEqualTo(new ContentRef("ANSWER", answer, other.id(), "Answer to \u201cTe melden vraag\u201d"));
        assertThat(content.find("ANSWER", question).block(QuestionFixtures.WAIT))
                .isNull();
        assertThat(content.find("POST", question).block(QuestionFixtures.WAIT)).isNull();
        assertThat(moderated.stream().filter(candidate -> candidate.kinds().contains("ANSWER")))
                .hasSize(1);
    }
}

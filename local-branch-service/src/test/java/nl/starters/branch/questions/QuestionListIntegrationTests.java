package nl.starters.branch.questions;

import static nl.starters.branch.questions.QuestionFixtures.ACCEPT;
import static nl.starters.branch.questions.QuestionFixtures.QUESTIONS;
import static nl.starters.branch.questions.QuestionFixtures.VOTES;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.starters.servicedefaults.testing.ServiceIntegrationTest;
import nl.starters.servicedefaults.testing.security.TestIdentity;
import nl.starters.servicedefaults.testing.security.TestMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The question list: newest first, paged, filtered. Other tests share the database, so each test tags its
 * questions with a tag of its own (or asks as a member of its own) and looks only at those.
 */
@ServiceIntegrationTest
class QuestionListIntegrationTests {

    @Autowired
    WebTestClient web;

    @Autowired
    DatabaseClient db;

    QuestionFixtures fixtures;
    TestMember asker;
    String tag;

    @BeforeEach
    void fixtures() {
        fixtures = new QuestionFixtures(web, db);
        asker = fixtures.known(TestIdentity.memberOf("utrecht"));
        tag = "t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void newestFirstWithAuthorVotesAnswersAndAcceptance() {
        UUID older = fixtures.ask(asker, "Oudere vraag", "Eerst.", tag);
        UUID newer = fixtures.ask(asker, "Nieuwere vraag", "Daarna.", tag);
        UUID answer = fixtures.answer(TestIdentity.memberOf("utrecht"), older, "Antwoord.");
        fixtures.post(ACCEPT, asker, Map.of(), older, answer);
        fixtures.post(VOTES, TestIdentity.memberOf("utrecht"), Map.of(), older);

        fixtures.get(QUESTIONS + "?tag=" + tag, TestIdentity.memberOf("groningen"), new Object[0])
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(2)
                .jsonPath("$.page")
                .isEqualTo(0)
                .jsonPath("$.size")
                .isEqualTo(20)
                .jsonPath("$.items[*].id")
                .isEqualTo(List.of(newer.toString(), older.toString()))
                .jsonPath("$.items[1].title")
                .isEqualTo("Oudere vraag")
                .jsonPath("$.items[1].tags")
                .isEqualTo(List.of(tag))
                .jsonPath("$.items[1].author.displayName")
                .isEqualTo(asker.displayName())
                .jsonPath("$.items[1].votes")
                .isEqualTo(1)
                .jsonPath("$.items[1].answerCount")
                .isEqualTo(1)
                .jsonPath("$.items[1].accepted")
                .isEqualTo(true)
                .jsonPath("$.items[0].accepted")
                .isEqualTo(false)
                .jsonPath("$.items[0].body")
                .doesNotExist();
    }

    @Test
    void pagedWithTheTotalOfAllPages() {
        for (int i = 0; i < 3; i++) {
            fixtures.ask(asker, "Vraag nummer " + i, "Tekst.", tag);
        }

        fixtures.get(QUESTIONS + "?tag=" + tag + "&page=1&size=2", asker, new Object[0])
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(3)
                .jsonPath("$.items[*].title")
                .isEqualTo(List.of("Vraag nummer 0"));
        fixtures.get(QUESTIONS + "?size=101", asker, new Object[0])
                .expectStatus()
                .isBadRequest();
    }

    @Test
    void unansweredLeavesOutQuestionsWithAnAnswer() {
        UUID answered = fixtures.ask(asker, "Beantwoorde vraag", "Al geholpen.", tag);
        UUID open = fixtures.ask(asker, "Open vraag", "Nog niet.", tag);
        fixtures.answer(TestIdentity.memberOf("utrecht"), answered, "Hier is hulp.");

        fixtures.get(QUESTIONS + "?filter=unanswered&tag=" + tag, asker, new Object[0])
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(1)
                .jsonPath("$.items[*].id")
                .isEqualTo(List.of(open.toString()));
    }

    @Test
    void aQuestionWhoseOnlyAnswerIsHiddenCountsAsUnansweredForMembers() {
        UUID question = fixtures.ask(asker, "Vraag met gemeld antwoord", "Hmm.", tag);
        fixtures.hide(fixtures.answer(TestIdentity.memberOf("utrecht"), question, "Spam."), "ANSWER");

        fixtures.get(QUESTIONS + "?filter=unanswered&tag=" + tag, asker, new Object[0])
                .expectBody()
                .jsonPath("$.items[*].id")
                .isEqualTo(List.of(question.toString()))
                .jsonPath("$.items[0].answerCount")
                .isEqualTo(0);
    }

    @Test
    void mineListsOnlyTheCallersQuestions() {
        UUID mine = fixtures.ask(asker, "Mijn vraag", "Van mij.");
        fixtures.ask(fixtures.known(TestIdentity.memberOf("utrecht")), "Andermans vraag", "Niet van mij.");

        fixtures.get(QUESTIONS + "?filter=mine", asker, new Object[0])
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(1)
                .jsonPath("$.items[*].id")
                .isEqualTo(List.of(mine.toString()));
    }

    @Test
    void aTagFilterIgnoresCaseAndSpaces() {
        UUID tagged = fixtures.ask(asker, "Getagde vraag", "Met tag.", tag);
        fixtures.ask(asker, "Ongetagde vraag", "Zonder tag.");

        fixtures.get(QUESTIONS + "?tag= " + tag.toUpperCase() + " ", asker, new Object[0])
                .expectBody()
                .jsonPath("$.items[*].id")
                .isEqualTo(List.of(tagged.toString()));
    }

    @Test
    void theListNeedsASignedInMember() {
        web.get().uri(QUESTIONS).exchange().expectStatus().isUnauthorized();
    }
}

package nl.starters.branch.questions;

import static nl.starters.branch.questions.QuestionFixtures.ANSWERS;
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
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Bad input gets a problem that says what is wrong; nothing is stored. */
@ServiceIntegrationTest
class QuestionValidationIntegrationTests {

    @Autowired
    WebTestClient web;

    @Autowired
    DatabaseClient db;

    QuestionFixtures fixtures;
    TestMember member;

    @BeforeEach
    void fixtures() {
        fixtures = new QuestionFixtures(web, db);
        member = fixtures.known(TestIdentity.memberOf("utrecht"));
    }

    @Test
    void aTitleHasThreeToTwoHundredCharacters() {
        expectInvalid(question("Hm", "Te kort.", null, null), "title: size must be between 3 and 200");
        expectInvalid(question("x".repeat(201), "Te lang.", null, null), "title: size must be between 3 and 200");
        expectInvalid(question(null, "Geen titel.", null, null), "title: must not be blank");
    }

    @Test
    void aBodyHasAtMostTwentyThousandCharacters() {
        expectInvalid(
                question("Lange vraag", "x".repeat(20_001), null, null), "body: size must be between 0 and 20000");
        expectInvalid(question("Lege vraag", " ", null, null), "body: must not be blank");
        fixtures.post(QUESTIONS, member, question("Precies lang genoeg", "x".repeat(20_000), null, null))
                .expectStatus()
                .isCreated();
    }

    @Test
    void atMostFiveTagsOfOneToFortyCharacters() {
        expectInvalid(
                question("Zes tags", "Te veel.", List.of("a", "b", "c", "d", "e", "f"), null),
                "tags: at most 5 tags, got 6");
        expectInvalid(
                question("Lange tag", "Te lang.", List.of("x".repeat(41)), null),
                "tags: each tag must be 1 to 40 characters");
        expectInvalid(question("Lege tag", "Leeg.", List.of("  "), null), "tags: each tag must be 1 to 40 characters");
        fixtures.post(
                        QUESTIONS,
                        member,
                        question("Dubbele tags", "Tellen eenmaal.", List.of("a", "A", " a", "b", "c", "d", "e"), null))
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.tags")
                .isEqualTo(List.of("a", "b", "c", "d", "e"));
    }

    @Test
    void anEditIsValidatedLikeAQuestion() {
        UUID id = fixtures.ask(member, "Goede vraag", "Goede tekst.");

        fixtures.put(QUESTION, member, question("Ok", "Te korte titel.", null, null), id)
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.detail")
                .isEqualTo("title: size must be between 3 and 200");
        fixtures.get(QUESTION, member, id).expectBody().jsonPath("$.title").isEqualTo("Goede vraag");
    }

    @Test
    void anAnswerHasABodyOfAtMostTwentyThousandCharacters() {
        UUID id = fixtures.ask(member, "Wie weet het?", "Vraag.");

        fixtures.post(ANSWERS, member, Map.of("body", "x".repeat(20_001)), id)
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.detail")
                .isEqualTo("body: size must be between 0 and 20000");
        fixtures.post(ANSWERS, member, Map.of(), id)
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.detail")
                .isEqualTo("body: must not be blank");
    }

    @Test
    void aFilterMustBeOneTheListKnows() {
        fixtures.get(QUESTIONS + "?filter=popular", member, new Object[0])
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.detail")
                .isEqualTo("filter: must be 'unanswered' or 'mine', was 'popular'");
    }

    @Test
    void aMalformedIdIsABadRequest() {
        fixtures.get(QUESTION, member, "not-a-uuid").expectStatus().isBadRequest();
    }

    private void expectInvalid(Map<String, Object> request, String detail) {
        long before = fixtures.count("SELECT count(*) FROM questions WHERE author_id = :me", Map.of("me", member.id()));
        fixtures.post(QUESTIONS, member, request)
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail")
                .isEqualTo(detail);
        assertThat(fixtures.count("SELECT count(*) FROM questions WHERE author_id = :me", Map.of("me", member.id())))
                .isEqualTo(before);
    }
}

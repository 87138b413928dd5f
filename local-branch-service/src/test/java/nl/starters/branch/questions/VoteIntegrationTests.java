package nl.starters.branch.questions;

import static nl.starters.branch.questions.QuestionFixtures.QUESTION;
import static nl.starters.branch.questions.QuestionFixtures.VOTES;

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

/** "Me too": one vote per member, however often they press it. */
@ServiceIntegrationTest
class VoteIntegrationTests {

    @Autowired
    WebTestClient web;

    @Autowired
    DatabaseClient db;

    QuestionFixtures fixtures;
    TestMember voter;
    UUID question;

    @BeforeEach
    void aQuestion() {
        fixtures = new QuestionFixtures(web, db);
        voter = TestIdentity.memberOf("utrecht");
        question =
                fixtures.ask(fixtures.known(TestIdentity.memberOf("utrecht")), "Wie kent een notaris?", "Voor de bv.");
    }

    @Test
    void aSecondVoteBySameMemberChangesNothing() {
        for (int time = 0; time < 3; time++) {
            fixtures.post(VOTES, voter, Map.of(), question)
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.questionId")
                    .isEqualTo(question.toString())
                    .jsonPath("$.votes")
                    .isEqualTo(1)
                    .jsonPath("$.votedByMe")
                    .isEqualTo(true);
        }
        fixtures.get(QUESTION, voter, question)
                .expectBody()
                .jsonPath("$.votes")
                .isEqualTo(1)
                .jsonPath("$.votedByMe")
                .isEqualTo(true);
    }

    @Test
    void everyMemberCountsOnce() {
        fixtures.post(VOTES, voter, Map.of(), question);
        fixtures.post(VOTES, TestIdentity.staffOf("utrecht"), Map.of(), question);

        fixtures.post(VOTES, voter, Map.of(), question)
                .expectBody()
                .jsonPath("$.votes")
                .isEqualTo(2);
        fixtures.get(QUESTION, TestIdentity.memberOf("groningen"), question)
                .expectBody()
                .jsonPath("$.votes")
                .isEqualTo(2)
                .jsonPath("$.votedByMe")
                .isEqualTo(false);
    }

    @Test
    void aVoteIsTakenBackOnceAndTakingItBackAgainChangesNothing() {
        fixtures.post(VOTES, voter, Map.of(), question);
        fixtures.post(VOTES, TestIdentity.memberOf("utrecht"), Map.of(), question);

        for (int time = 0; time < 2; time++) {
            web.delete()
                    .uri(VOTES, question)
                    .header(HttpHeaders.AUTHORIZATION, voter.bearer())
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.votes")
                    .isEqualTo(1)
                    .jsonPath("$.votedByMe")
                    .isEqualTo(false);
        }
    }

    @Test
    void votingOnAnUnknownOrHiddenQuestionIsNotFound() {
        fixtures.post(VOTES, voter, Map.of(), UUID.randomUUID()).expectStatus().isNotFound();
        fixtures.hide(question, "QUESTION");
        fixtures.post(VOTES, voter, Map.of(), question).expectStatus().isNotFound();
        web.delete()
                .uri(VOTES, UUID.randomUUID())
                .header(HttpHeaders.AUTHORIZATION, voter.bearer())
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void membersOfOtherBranchesDoNotVote() {
        fixtures.post(VOTES, TestIdentity.memberOf("groningen"), Map.of(), question)
                .expectStatus()
                .isForbidden();
        web.post().uri(VOTES, question).exchange().expectStatus().isUnauthorized();
    }
}

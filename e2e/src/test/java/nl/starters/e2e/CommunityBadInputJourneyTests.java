package nl.starters.e2e;

import static nl.starters.e2e.Community.BRANCH;
import static nl.starters.e2e.Community.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Bad input to a branch's community, through the gateway: each is refused with a problem, never a 500. */
@Journey
class CommunityBadInputJourneyTests {

    @Test
    void aBodyOverOneMebibyteIsTooLarge(Gateway gateway) {
        Gateway member = gateway.apiClient("member-utrecht", PASSWORD);

        Reply reply = member.post(
                BRANCH + "/questions", Map.of("title", "Een heel lange vraag", "body", "x".repeat(3 * 512 * 1024)));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(413);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().path("type").asString()).as(reply.toString()).endsWith("/problems/payload-too-large");
        assertThat(reply.json().path("detail").asString()).contains("1 MiB");
    }

    @Test
    void aTwoCharacterTitleIsABadRequestNamingTheTitle(Gateway gateway) {
        Gateway member = gateway.apiClient("member-utrecht", PASSWORD);

        Reply reply = member.post(BRANCH + "/questions", Map.of("title", "Hé", "body", "Te kort?"));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().path("detail").asString()).contains("title");
    }

    @Test
    void anUnknownQuestionOrOneOfAnotherBranchIsNotFound(Gateway gateway) {
        Gateway member = gateway.apiClient("member-utrecht", PASSWORD);
        Reply asked = member.post(
                BRANCH + "/questions",
                Map.of("title", "Een vraag uit Utrecht " + Community.word(), "body", "Alleen hier."));
        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);

        Reply unknown = member.get(BRANCH + "/questions/" + UUID.randomUUID());
        Reply elsewhere = gateway.apiClient("member-groningen", PASSWORD)
                .get("/api/branches/groningen/questions/"
                        + asked.json().path("id").asString());

        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().path("detail").asString()).isNotBlank();
        assertThat(elsewhere.status())
                .as("utrecht's question under groningen's path: " + elsewhere)
                .isEqualTo(404);
    }
}

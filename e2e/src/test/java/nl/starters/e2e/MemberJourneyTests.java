package nl.starters.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@Journey
class MemberJourneyTests {

    @Test
    void registersANewMember(Gateway gateway) {
        Reply reply = gateway.post("/api/members", registration("utrecht"));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.json().path("id").asString()).isNotBlank();
        assertThat(reply.json().path("displayName").asString()).isEqualTo("Eva Jansen");
        assertThat(reply.json().path("homeBranch").asString()).isEqualTo("utrecht");
    }

    @Test
    void makesANewMemberKnownToTheirHomeBranchThroughKafka(Gateway gateway) {
        Reply registered = gateway.post("/api/members", registration("utrecht"));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String id = registered.json().path("id").asString();
        Gateway neighbour = gateway.apiClient("member-utrecht", "demo");

        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    Reply card = neighbour.get("/api/branches/utrecht/members/" + id);
                    assertThat(card.status()).as(card.toString()).isEqualTo(200);
                    assertThat(card.json().path("displayName").asString()).isEqualTo("Eva Jansen");
                });
    }

    private static Map<String, Object> registration(String homeBranch) {
        String username = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
        return Map.of(
                "username",
                username,
                "email",
                username + "@example.org",
                "password",
                "correct horse battery staple",
                "fullName",
                "Eva Jansen",
                "homeBranch",
                homeBranch);
    }
}

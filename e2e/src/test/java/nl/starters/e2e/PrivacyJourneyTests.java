package nl.starters.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@Journey
class PrivacyJourneyTests {

    @Test
    void exportsEverythingHeldOnTheMemberFromEveryServiceThatHoldsIt(Gateway gateway) {
        Gateway member = registeredMember(gateway, "Joris Bakker");
        ask(member, "Hoe kies ik een rechtsvorm voor mijn bakkerij?");

        Reply export = member.get("/api/members/me/export");

        assertThat(export.status()).as(export.toString()).isEqualTo(200);
        assertThat(export.body()).contains("Joris Bakker");
        assertThat(export.json().path("branch").path("items").path("questions").toString())
                .as("the branch's part holds the member's question")
                .contains("Hoe kies ik een rechtsvorm voor mijn bakkerij?");
        assertThat(export.json().path("branch").isObject())
                .as(export.toString())
                .isTrue();
        assertThat(export.json().path("national").isObject())
                .as(export.toString())
                .isTrue();
    }

    @Test
    void erasesTheAccountAndEveryServiceForgetsTheName(Gateway gateway) {
        Gateway member = registeredMember(gateway, "Noor Visser");
        String id = member.get("/api/me").json().path("id").asString();
        Gateway staff = gateway.apiClient("staff-utrecht", "demo");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(
                                staff.get("/api/branches/utrecht/members/" + id).body())
                        .contains("Noor Visser"));
        String question = ask(member, "Wie weet een goede boekhouder in Utrecht?");

        Reply erased = member.delete("/api/members/me");

        assertThat(erased.status()).as(erased.toString()).isEqualTo(204);
        assertThat(member.get("/api/me").status())
                .as("the session of an erased member")
                .isEqualTo(401);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Reply card = staff.get("/api/branches/utrecht/members/" + id);
            assertThat(card.body()).as(card.toString()).doesNotContain("Noor Visser");
        });
        Reply kept = staff.get("/api/branches/utrecht/questions/" + question);
        assertThat(kept.status()).as("the question stays").isEqualTo(200);
        assertThat(kept.json().path("author").path("displayName").asString()).isEqualTo("former member");
        assertThat(kept.body()).doesNotContain("Noor Visser");
    }

    private static String ask(Gateway member, String title) {
        Reply asked = member.post(
                "/api/branches/utrecht/questions",
                Map.of("title", title, "body", "Alle tips zijn welkom.", "tags", List.of("start")));
        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
        return asked.json().path("id").asString();
    }

    /** A new member of utrecht, signed in through a browser session. */
    private static Gateway registeredMember(Gateway gateway, String fullName) {
        String username = "privacy-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "a long enough secret " + UUID.randomUUID();
        Reply registered = gateway.newBrowser()
                .post(
                        "/api/members",
                        Map.of(
                                "username", username,
                                "email", username + "@example.org",
                                "password", password,
                                "fullName", fullName,
                                "homeBranch", "utrecht"));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return gateway.browser(username, password);
    }
}

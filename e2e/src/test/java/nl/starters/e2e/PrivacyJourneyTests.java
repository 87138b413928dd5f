package nl.starters.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
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

    @Test
    void erasureReachesTheNationalCopyOfAPromotedQuestionWhichTheExportHeldBefore(Gateway gateway) {
        Gateway member = registeredMember(gateway, "Eva de Wit");
        Gateway staff = gateway.apiClient("staff-utrecht", "demo");
        Gateway elsewhere = gateway.apiClient("member-groningen", "demo");
        String elsewhereName =
                elsewhere.get("/api/me").json().path("displayName").asString();
        String title = "Welke verzekeringen heeft een starter nodig? " + UUID.randomUUID();
        String question = ask(member, title, true);
        Reply promoted = staff.post("/api/branches/utrecht/questions/" + question + "/promote", Map.of());
        assertThat(promoted.status()).as(promoted.toString()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(nationalAuthors(elsewhere, question))
                        .as("the national copy shows the asker by name, from its own members copy")
                        .containsExactly("Eva de Wit"));
        String own = answerNationally(member, question, "Aanvulling: het gaat om een eenmanszaak.");
        String other = answerNationally(elsewhere, question, "Een AOV en een aansprakelijkheidsverzekering.");

        Reply export = member.get("/api/members/me/export");
        assertThat(export.status()).as(export.toString()).isEqualTo(200);
        var national = export.json().path("national").path("items");
        assertThat(national.path("questions").toString())
                .as("the national forum's part holds the promoted question")
                .contains(question)
                .contains(title);
        assertThat(national.path("answers").toString())
                .as("the national forum's part holds the member's national answer")
                .contains(own)
                .contains("eenmanszaak")
                .doesNotContain(other);

        Reply erased = member.delete("/api/members/me");

        assertThat(erased.status()).as(erased.toString()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(nationalAuthors(elsewhere, question))
                        .as("asker, own answer, answer from groningen")
                        .containsExactly("former member", "former member", elsewhereName));
        Reply kept = elsewhere.get("/api/national/questions/" + question);
        assertThat(kept.json().path("title").asString()).as("the content stays").isEqualTo(title);
        assertThat(kept.body()).doesNotContain("Eva de Wit");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Reply home = staff.get("/api/branches/utrecht/questions/" + question);
            assertThat(home.json().path("nationalAnswers").toString())
                    .as("the national answers shown at home: " + home)
                    .contains(own)
                    .contains(other)
                    .doesNotContain("Eva de Wit");
        });
    }

    /** The author names of a national question: the asker's first, then its answers' in order. */
    private static List<String> nationalAuthors(Gateway reader, String question) {
        Reply national = reader.get("/api/national/questions/" + question);
        assertThat(national.status()).as(national.toString()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        names.add(national.json().path("author").path("displayName").asString());
        national.json()
                .path("answers")
                .forEach(answer ->
                        names.add(answer.path("author").path("displayName").asString()));
        return names;
    }

    private static String answerNationally(Gateway member, String question, String body) {
        Reply answered = member.post("/api/national/questions/" + question + "/answers", Map.of("body", body));
        assertThat(answered.status()).as(answered.toString()).isEqualTo(201);
        return answered.json().path("id").asString();
    }

    private static String ask(Gateway member, String title) {
        return ask(member, title, false);
    }

    private static String ask(Gateway member, String title, boolean shareBeyondRegion) {
        Reply asked = member.post(
                "/api/branches/utrecht/questions",
                Map.of(
                        "title",
                        title,
                        "body",
                        "Alle tips zijn welkom.",
                        "tags",
                        List.of("start"),
                        "shareBeyondRegion",
                        shareBeyondRegion));
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

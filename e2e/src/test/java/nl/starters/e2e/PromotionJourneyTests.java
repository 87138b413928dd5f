package nl.starters.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A question that matters beyond its region, through the gateway: asked in utrecht, promoted by its
 * staff, answered from groningen in the national forum, shown back home under the question, accepted; and
 * the branch staying the owner: its edit, removal and withdrawn consent reach the national copy.
 */
@Journey
class PromotionJourneyTests {

    private static final String PASSWORD = "demo";
    private static final Duration KAFKA = Duration.ofSeconds(60);

    @Test
    void aPromotedQuestionIsAnsweredFromAnotherRegionAndTheAnswerComesHome(Gateway gateway) {
        Gateway asker = gateway.apiClient("member-utrecht", PASSWORD);
        Gateway staff = gateway.apiClient("staff-utrecht", PASSWORD);
        Gateway elsewhere = gateway.apiClient("member-groningen", PASSWORD);
        String title = "Hoe regel ik een zakelijke lening "
                + UUID.randomUUID().toString().substring(0, 8) + "?";

        Reply asked = asker.post(
                "/api/branches/utrecht/questions",
                Map.of(
                        "title",
                        title,
                        "body",
                        "Voor een **bakkerij**.",
                        "tags",
                        List.of("financiering"),
                        "shareBeyondRegion",
                        true));
        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
        String id = asked.json().path("id").asString();

        Reply promoted = staff.post("/api/branches/utrecht/questions/" + id + "/promote", Map.of());
        assertThat(promoted.status()).as(promoted.toString()).isEqualTo(200);
        assertThat(promoted.json().path("promoted").asBoolean()).isTrue();

        await().atMost(KAFKA).untilAsserted(() -> {
            Reply national = elsewhere.get("/api/national/questions/" + id);
            assertThat(national.status()).as(national.toString()).isEqualTo(200);
            assertThat(national.json().path("title").asString()).isEqualTo(title);
        });

        Reply answered = elsewhere.post(
                "/api/national/questions/" + id + "/answers", Map.of("body", "Vraag naar een starterslening."));
        assertThat(answered.status()).as(answered.toString()).isEqualTo(201);
        String answer = answered.json().path("id").asString();

        await().atMost(KAFKA).untilAsserted(() -> {
            Reply home = asker.get("/api/branches/utrecht/questions/" + id);
            assertThat(home.json().path("nationalAnswers").toString())
                    .as(home.toString())
                    .contains(answer)
                    .contains("starterslening");
        });

        Reply accepted = asker.post("/api/national/questions/" + id + "/answers/" + answer + "/accept", Map.of());
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        await().atMost(KAFKA).untilAsserted(() -> {
            Reply home = asker.get("/api/branches/utrecht/questions/" + id);
            assertThat(home.json()
                            .path("nationalAnswers")
                            .get(0)
                            .path("accepted")
                            .asBoolean())
                    .as(home.toString())
                    .isTrue();
        });
    }

    @Test
    void anEditARemovalAndAWithdrawnConsentAtHomeReachTheNationalCopy(Gateway gateway) {
        Gateway asker = gateway.apiClient("member-utrecht", PASSWORD);
        Gateway staff = gateway.apiClient("staff-utrecht", PASSWORD);
        Gateway reader = gateway.apiClient("member-groningen", PASSWORD);
        String edited = promoted(asker, staff, reader, "Eerste versie");
        String removed = promoted(asker, staff, reader, "Wordt verwijderd");

        Reply edit = asker.send("PUT", "/api/branches/utrecht/questions/" + edited, question("Tweede versie", true));
        assertThat(edit.status()).as(edit.toString()).isEqualTo(200);
        await().atMost(KAFKA)
                .untilAsserted(() -> assertThat(reader.get("/api/national/questions/" + edited)
                                .json()
                                .path("title")
                                .asString())
                        .isEqualTo("Tweede versie"));

        Reply removal = staff.post(
                "/api/branches/utrecht/moderation/question/" + removed + "/remove", Map.of("reason", "spam"));
        assertThat(removal.status()).as(removal.toString()).isEqualTo(200);
        await().atMost(KAFKA)
                .untilAsserted(() -> assertThat(
                                reader.get("/api/national/questions/" + removed).status())
                        .isEqualTo(404));

        Reply withdrawn =
                asker.send("PUT", "/api/branches/utrecht/questions/" + edited, question("Tweede versie", false));
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        await().atMost(KAFKA)
                .untilAsserted(() -> assertThat(
                                reader.get("/api/national/questions/" + edited).status())
                        .isEqualTo(404));
    }

    /** A consented question asked in utrecht, promoted by its staff, once the national forum serves it. */
    private static String promoted(Gateway asker, Gateway staff, Gateway reader, String title) {
        Reply asked = asker.post("/api/branches/utrecht/questions", question(title, true));
        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
        String id = asked.json().path("id").asString();
        Reply promoted = staff.post("/api/branches/utrecht/questions/" + id + "/promote", Map.of());
        assertThat(promoted.status()).as(promoted.toString()).isEqualTo(200);
        await().atMost(KAFKA)
                .untilAsserted(() -> assertThat(
                                reader.get("/api/national/questions/" + id).status())
                        .isEqualTo(200));
        return id;
    }

    private static Map<String, Object> question(String title, boolean share) {
        return Map.of(
                "title",
                title,
                "body",
                "Hoe pakken andere regio's dit aan?",
                "tags",
                List.of("btw"),
                "shareBeyondRegion",
                share);
    }

    @Test
    void aQuestionWithoutConsentIsNotPromoted(Gateway gateway) {
        Gateway asker = gateway.apiClient("member-utrecht", PASSWORD);
        Gateway staff = gateway.apiClient("staff-utrecht", PASSWORD);
        Reply asked = asker.post(
                "/api/branches/utrecht/questions", Map.of("title", "Alleen voor Utrecht", "body", "Lokaal."));
        String id = asked.json().path("id").asString();

        Reply refused = staff.post("/api/branches/utrecht/questions/" + id + "/promote", Map.of());

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.json().path("detail").asString()).contains("consent");
    }
}

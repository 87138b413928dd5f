package nl.starters.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import nl.starters.launcher.Federation;
import org.junit.jupiter.api.Test;

@Journey
class NationalForumJourneyTests {

    @Test
    void routesTheNationalQuestionsToTheNationalForum(Gateway gateway, Federation federation) {
        double before = ServedRequests.of(federation, "national-forum-service");

        Reply reply = gateway.apiClient("member-groningen", "demo").get("/api/national/questions");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().path("items").isArray()).as(reply.toString()).isTrue();
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(ServedRequests.of(federation, "national-forum-service"))
                        .as("requests the national forum itself served")
                        .isGreaterThan(before));
    }
}

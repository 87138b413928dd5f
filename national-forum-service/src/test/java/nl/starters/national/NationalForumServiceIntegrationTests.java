package nl.starters.national;

import nl.starters.servicedefaults.testing.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@ServiceIntegrationTest
class NationalForumServiceIntegrationTests {

    @Autowired
    WebTestClient web;

    @Test
    void isReadyWhenItsDatabaseIs() {
        web.get().uri("/readyz").exchange().expectStatus().isOk();
    }

    @Test
    void questionListOfAFreshForumIsAnEmptyPage() {
        web.get()
                .uri("/api/national/questions?page=0&size=5")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.items")
                .isEmpty()
                .jsonPath("$.size")
                .isEqualTo(5)
                .jsonPath("$.total")
                .isEqualTo(0);
    }

    @Test
    void negativePageIsABadRequestProblem() {
        web.get()
                .uri("/api/national/questions?page=-1")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }
}

package nl.starters.servicedefaults.security;

import nl.starters.servicedefaults.testing.TestPorts;
import nl.starters.servicedefaults.testing.security.TestIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** While member-service's keys cannot be fetched a token cannot be checked: not the member's fault. */
@SpringBootTest(classes = SecuredTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class SigningKeysAwayIntegrationTests {

    @DynamicPropertySource
    static void keysNobodyServes(DynamicPropertyRegistry registry) {
        registry.add(
                "community.security.jwks-uri",
                () -> "http://127.0.0.1:" + TestPorts.unused() + "/.well-known/jwks.json");
    }

    @Autowired
    WebTestClient web;

    @Test
    void aTokenThatCannotBeCheckedIsAServiceUnavailableProblem() {
        web.get()
                .uri("/api/me")
                .header(
                        HttpHeaders.AUTHORIZATION,
                        TestIdentity.memberOf("utrecht").bearer())
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectHeader()
                .valueEquals(HttpHeaders.RETRY_AFTER, "5")
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail")
                .isEqualTo("Sign-ins cannot be checked right now (the signing keys are out of reach)."
                        + " Try again shortly.");
    }

    @Test
    void publicPathsStillAnswer() {
        web.get().uri("/public/hello").exchange().expectStatus().isOk();
    }
}

package nl.starters.member.demo;

import java.util.Map;
import nl.starters.member.testing.MemberServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

@MemberServiceTest
class NoDemoAccountsIntegrationTests {

    @Autowired
    WebTestClient web;

    @Test
    void thereAreNoDemoAccountsOutsideTheEmbeddedProfile() {
        for (String username : new String[] {"admin", "staff-utrecht", "member-utrecht", "coordinator"}) {
            web.post()
                    .uri("/api/auth/token")
                    .bodyValue(Map.of("username", username, "password", "demo"))
                    .exchange()
                    .expectStatus()
                    .isUnauthorized()
                    .expectBody(Void.class);
        }
    }
}

package nl.starters.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import nl.starters.gateway.testing.GatewayTestBase;
import nl.starters.servicedefaults.testing.security.TestIdentity;
import nl.starters.servicedefaults.testing.security.TestMember;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * What a downstream service receives: the caller's verified access token as a bearer token and none
 * of the browser's own credentials; a token the gateway cannot verify never gets past it.
 */
class TokenRelayIntegrationTests extends GatewayTestBase {

    @Test
    void relaysAnApiClientsBearerToken() {
        String bearer = TestIdentity.memberOf("utrecht").bearer();

        client.get()
                .uri("/api/branches/utrecht/posts")
                .header(HttpHeaders.AUTHORIZATION, bearer)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.authorization")
                .isEqualTo(bearer);
    }

    @Test
    void relaysTheSessionsAccessTokenWithoutTheSessionOrCsrfCookies() {
        String username = memberService.newAccount("ruud");
        String session = logIn(username);

        client.post()
                .uri("/api/national/questions")
                .cookie("SESSION", session)
                .cookie("XSRF-TOKEN", XSRF)
                .cookie("theme", "dark")
                .header("X-XSRF-TOKEN", XSRF)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.authorization")
                .isEqualTo("Bearer " + memberService.lastAccessTokenOf(memberService.account(username)))
                .jsonPath("$.cookie")
                .isEqualTo("theme=dark")
                .jsonPath("$.xsrf")
                .isEqualTo("");
    }

    @Test
    void anAnonymousCallReachesTheServiceWithoutAnyAuthorization() {
        client.get()
                .uri("/api/branches/utrecht/posts")
                .header(HttpHeaders.AUTHORIZATION, "Basic YWRtaW46YWRtaW4=")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.authorization")
                .isEqualTo("");
    }

    @ParameterizedTest
    @ValueSource(strings = {"stranger", "expired", "audience", "garbage"})
    void aForgedBearerTokenIs401AtTheGatewayAndReachesNoService(String forgery) {
        int before = utrecht.requests();

        for (String path : List.of("/api/branches/utrecht/posts", "/api/branches", "/api/me")) {
            client.get()
                    .uri(path)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + forged(forgery))
                    .exchange()
                    .expectStatus()
                    .isUnauthorized()
                    .expectHeader()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .returnResult();
        }

        assertThat(utrecht.requests()).isEqualTo(before);
    }

    private static String forged(String forgery) {
        TestMember member = TestIdentity.memberOf("utrecht");
        return switch (forgery) {
            case "stranger" -> TestIdentity.signedByAStranger(member);
            case "expired" ->
                TestIdentity.sign(
                        member,
                        claims -> claims.issuedAt(Instant.now().minusSeconds(3600))
                                .expiresAt(Instant.now().minusSeconds(600)));
            case "audience" -> TestIdentity.sign(member, claims -> claims.audience(List.of("somebody-else")));
            default -> "not.a.token";
        };
    }
}

package nl.starters.gateway.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import nl.starters.gateway.testing.GatewayTestBase;
import nl.starters.gateway.testing.StubMemberService;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /api/token}: a bearer token for API clients, and nothing that outlives it. */
class TokenIntegrationTests extends GatewayTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void givesAnApiClientABearerTokenWithoutSessionOrRefreshToken() {
        String username = memberService.newAccount("sara");
        var member = memberService.account(username);

        var result = client.post()
                .uri("/api/token")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(credentials(username, StubMemberService.PASSWORD))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult();
        JsonNode token = JSON.readTree(result.getResponseBody());

        assertThat(token.propertyNames()).containsExactlyInAnyOrder("accessToken", "tokenType", "expiresIn");
        assertThat(token.path("tokenType").asString()).isEqualTo("Bearer");
        assertThat(token.path("expiresIn").asLong()).isEqualTo(900);
        assertThat(result.getResponseCookies().getFirst("SESSION")).isNull();
        assertThat(memberService.liveRefreshTokensOf(member))
                .as("the refresh token member-service issued along is revoked")
                .isEmpty();
        client.get()
                .uri("/api/me")
                .header(
                        HttpHeaders.AUTHORIZATION,
                        "Bearer " + token.path("accessToken").asString())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.id")
                .isEqualTo(member.id().toString());
    }

    @Test
    void refusesAWrongPasswordWith401() {
        client.post()
                .uri("/api/token")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(credentials(memberService.newAccount("tom"), "guess"))
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail")
                .isEqualTo("The username or password is not right.");
    }

    @Test
    void refusesIncompleteCredentialsWith400() {
        client.post()
                .uri("/api/token")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"username\":\"ursula\"}")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.detail")
                .isEqualTo("password: must not be blank");
    }
}

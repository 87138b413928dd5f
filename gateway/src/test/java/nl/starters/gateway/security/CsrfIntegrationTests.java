package nl.starters.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import nl.starters.gateway.testing.GatewayTestBase;
import nl.starters.gateway.testing.StubMemberService;
import nl.starters.servicedefaults.testing.security.TestIdentity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/** The double-submit CSRF check of DESIGN.md section 5, for browsers; API clients with a bearer token skip it. */
class CsrfIntegrationTests extends GatewayTestBase {

    @Test
    void refusesALoginWithoutTheCsrfTokenAndHandsOutOne() {
        var result = client.post()
                .uri("/api/session")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(credentials(memberService.newAccount("lia"), StubMemberService.PASSWORD))
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail")
                .isEqualTo("Send the value of the XSRF-TOKEN cookie in the X-XSRF-TOKEN header with this request.")
                .returnResult();

        assertThat(result.getResponseCookies().getFirst("SESSION")).isNull();
        assertReadableXsrfCookie(result);
    }

    @Test
    void refusesALoginWhoseCsrfHeaderDoesNotMatchTheCookie() {
        client.post()
                .uri("/api/session")
                .cookie("XSRF-TOKEN", XSRF)
                .header("X-XSRF-TOKEN", "something-else")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(credentials(memberService.newAccount("max"), StubMemberService.PASSWORD))
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(403);
    }

    @Test
    void aLoginWithTheTokenTheGatewayHandedOutPasses() {
        var first = client.get().uri("/api/branches").exchange().expectBody().returnResult();
        String token = first.getResponseCookies().getFirst("XSRF-TOKEN").getValue();

        client.post()
                .uri("/api/session")
                .cookie("XSRF-TOKEN", token)
                .header("X-XSRF-TOKEN", token)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(credentials(memberService.newAccount("noor"), StubMemberService.PASSWORD))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.branch")
                .isEqualTo("utrecht");
    }

    @Test
    void aWriteWithTheSessionCookieNeedsTheCsrfToken() {
        String session = logIn(memberService.newAccount("olaf"));
        int before = utrecht.requests();

        client.post()
                .uri("/api/branches/utrecht/posts")
                .cookie("SESSION", session)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"title\":\"Forged\"}")
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectBody()
                .jsonPath("$.title")
                .isEqualTo("CSRF token missing or wrong");
        assertThat(utrecht.requests())
                .as("the forged write never reached the branch")
                .isEqualTo(before);

        client.post()
                .uri("/api/branches/utrecht/posts")
                .cookie("SESSION", session)
                .cookie("XSRF-TOKEN", XSRF)
                .header("X-XSRF-TOKEN", XSRF)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"title\":\"Mine\"}")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.instance")
                .isEqualTo("utrecht")
                .jsonPath("$.xsrf")
                .isEqualTo("")
                .jsonPath("$.cookie")
                .isEqualTo("");
    }

    @Test
    void aLogoutWithTheSessionCookieNeedsTheCsrfToken() {
        String session = logIn(memberService.newAccount("piet"));

        client.delete()
                .uri("/api/session")
                .cookie("SESSION", session)
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(403);

        assertThat(me(session).getStatus().value()).isEqualTo(200);
    }

    @Test
    void aWriteWithABearerTokenNeedsNoCsrfToken() {
        client.post()
                .uri("/api/branches/utrecht/posts")
                .header(
                        HttpHeaders.AUTHORIZATION,
                        TestIdentity.memberOf("utrecht").bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"title\":\"From an API client\"}")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.method")
                .isEqualTo("POST");
    }

    @Test
    void anApiTokenNeedsNoCsrfToken() {
        client.post()
                .uri("/api/token")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(credentials(memberService.newAccount("quinten"), StubMemberService.PASSWORD))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.tokenType")
                .isEqualTo("Bearer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/me", "/api/branches", "/api/branches/utrecht/posts", "/api/nothing-here"})
    void everyResponseOffersAReadableCsrfCookieToABrowserWithoutOne(String path) {
        var result = client.get().uri(path).exchange().expectBody().returnResult();

        assertReadableXsrfCookie(result);
    }

    @Test
    void aBrowserThatHasTheCsrfCookieKeepsIt() {
        var result = client.get()
                .uri("/api/me")
                .cookie("XSRF-TOKEN", XSRF)
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectBody()
                .returnResult();

        assertThat(result.getResponseCookies().getFirst("XSRF-TOKEN")).isNull();
    }

    private static void assertReadableXsrfCookie(EntityExchangeResult<byte[]> result) {
        ResponseCookie xsrf = result.getResponseCookies().getFirst("XSRF-TOKEN");
        assertThat(xsrf).as("XSRF-TOKEN cookie").isNotNull();
        assertThat(xsrf.isHttpOnly()).isFalse();
        assertThat(xsrf.getPath()).isEqualTo("/");
        assertThat(xsrf.getValue()).hasSizeGreaterThanOrEqualTo(32);
    }
}

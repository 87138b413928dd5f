package nl.starters.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@Journey
class SessionJourneyTests {

    @Test
    void logsEveryDemoAccountInWithThePasswordDemo(Gateway gateway) {
        for (String username : List.of(
                "staff-utrecht",
                "staff-groningen",
                "staff-eindhoven",
                "member-utrecht",
                "member-groningen",
                "member-eindhoven",
                "coordinator",
                "admin")) {
            Reply me = gateway.browser(username, "demo").get("/api/me");

            assertThat(me.status()).as(username + ": " + me).isEqualTo(200);
            assertThat(me.json().path("roles").toString()).as(username).contains("MEMBER");
        }
    }

    @Test
    void startsASessionShowsWhoIsSignedInAndEndsItForReal(Gateway gateway) {
        Gateway browser = gateway.newBrowser();
        Reply login = browser.post("/api/session", Map.of("username", "staff-utrecht", "password", "demo"));

        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        assertThat(login.json().path("branch").asString()).isEqualTo("utrecht");
        assertThat(login.json().path("roles").toString()).contains("STAFF");
        assertThat(login.headers().allValues("Set-Cookie"))
                .anyMatch(cookie -> cookie.startsWith("SESSION=")
                        && cookie.toLowerCase().contains("httponly")
                        && cookie.toLowerCase().contains("samesite=lax"));
        String session = browser.cookie("SESSION").orElseThrow();
        assertThat(browser.get("/api/me").status()).isEqualTo(200);

        assertThat(browser.delete("/api/session").status()).isEqualTo(204);

        Gateway replay = gateway.newBrowser();
        replay.setCookie("SESSION", session);
        assertThat(replay.get("/api/me").status()).as("the old session cookie").isEqualTo(401);
    }

    @Test
    void givesANewSessionIdAtEveryLogin(Gateway gateway) {
        Gateway browser = gateway.browser("member-utrecht", "demo");
        String first = browser.cookie("SESSION").orElseThrow();

        Reply again = browser.post("/api/session", Map.of("username", "member-utrecht", "password", "demo"));

        assertThat(again.status()).isEqualTo(200);
        assertThat(browser.cookie("SESSION")).get().isNotEqualTo(first);
        Gateway replay = gateway.newBrowser();
        replay.setCookie("SESSION", first);
        assertThat(replay.get("/api/me").status())
                .as("the session before the login")
                .isEqualTo(401);
    }

    @Test
    void refusesALoginWithoutTheRightCsrfToken(Gateway gateway) {
        Map<String, String> credentials = Map.of("username", "member-utrecht", "password", "demo");
        for (String header : new String[] {null, "forged-by-nobody"}) {
            Reply login = gateway.newBrowser().postWithXsrfHeader("/api/session", credentials, header);

            assertThat(login.status()).as("X-XSRF-TOKEN %s: %s", header, login).isEqualTo(403);
            assertThat(login.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void setsTheSecurityHeadersAndAReadableCsrfCookieEvenOnA401(Gateway gateway) {
        Reply reply = gateway.newBrowser().get("/api/me");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.headers().allValues("Set-Cookie"))
                .anyMatch(cookie -> cookie.startsWith("XSRF-TOKEN=") && !cookie.contains("HttpOnly"));
        assertThat(reply.headers().firstValue("Content-Security-Policy"))
                .get()
                .asString()
                .contains("default-src 'self'")
                .doesNotContain("unsafe-inline");
        assertThat(reply.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(reply.headers().firstValue("Referrer-Policy")).isPresent();
        assertThat(reply.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }
}

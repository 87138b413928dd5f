package nl.starters.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import nl.starters.gateway.testing.GatewayTestBase;
import nl.starters.gateway.testing.StubMemberService;
import nl.starters.servicedefaults.testing.security.TestIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/**
 * Failed logins per username and per address, and the general per-member limit, with small limits.
 * Client addresses come from {@code X-Forwarded-For} here (as behind an ingress), so each test is a
 * few clients of its own.
 */
@TestPropertySource(
        properties = {
            "community.rate-limits.failed-logins=10",
            "community.rate-limits.requests.per-minute=20",
            "community.rate-limits.requests.burst=20",
            "server.forward-headers-strategy=native"
        })
class RateLimitIntegrationTests extends GatewayTestBase {

    @Test
    void tenFailedLoginsForOneUsernameStopTheEleventhFromAnyAddress() {
        String username = memberService.newAccount("vera");
        for (int i = 0; i < 10; i++) {
            assertThat(logIn(username, "wrong", newAddress()).getStatus().value())
                    .isEqualTo(401);
        }

        var refused = logIn(username, StubMemberService.PASSWORD, newAddress());

        assertTooManyRequests(refused);
        assertThat(logIn(memberService.newAccount("wim"), StubMemberService.PASSWORD, newAddress())
                        .getStatus()
                        .value())
                .isEqualTo(200);
    }

    @Test
    void tenFailedLoginsFromOneAddressStopTheEleventhForAnyUsername() {
        String address = newAddress();
        for (int i = 0; i < 10; i++) {
            assertThat(logIn(memberService.newAccount("guess"), "wrong", address)
                            .getStatus()
                            .value())
                    .isEqualTo(401);
        }

        assertTooManyRequests(logIn(memberService.newAccount("xander"), StubMemberService.PASSWORD, address));
        assertThat(logIn(memberService.newAccount("yara"), "wrong", newAddress())
                        .getStatus()
                        .value())
                .isEqualTo(401);
    }

    @Test
    void failedLoginsCountForApiTokensTooAndWearOffAfterAMinute() {
        String username = memberService.newAccount("zoe");
        for (int i = 0; i < 10; i++) {
            logIn(username, "wrong", newAddress());
        }

        assertTooManyRequests(client.post()
                .uri("/api/token")
                .header("X-Forwarded-For", newAddress())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(credentials(username, StubMemberService.PASSWORD))
                .exchange()
                .expectBody()
                .returnResult());

        clock.advance(Duration.ofMinutes(1));
        assertThat(logIn(username, StubMemberService.PASSWORD, newAddress())
                        .getStatus()
                        .value())
                .isEqualTo(200);
    }

    @Test
    void aMemberOverTheRequestLimitGets429WhileOthersGoOn() {
        String busy = TestIdentity.memberOf("utrecht").bearer();
        for (int i = 0; i < 20; i++) {
            assertThat(branches(busy, newAddress()).getStatus().value()).isEqualTo(200);
        }

        assertTooManyRequests(branches(busy, newAddress()));
        assertThat(branches(TestIdentity.memberOf("utrecht").bearer(), newAddress())
                        .getStatus()
                        .value())
                .isEqualTo(200);
    }

    @Test
    void anonymousCallsAreCountedPerAddress() {
        String address = newAddress();
        for (int i = 0; i < 20; i++) {
            assertThat(branches(null, address).getStatus().value()).isEqualTo(200);
        }

        assertTooManyRequests(branches(null, address));
        assertThat(branches(null, newAddress()).getStatus().value()).isEqualTo(200);
    }

    private EntityExchangeResult<byte[]> logIn(String username, String password, String address) {
        return client.post()
                .uri("/api/session")
                .header("X-Forwarded-For", address)
                .cookie("XSRF-TOKEN", XSRF)
                .header("X-XSRF-TOKEN", XSRF)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(credentials(username, password))
                .exchange()
                .expectBody()
                .returnResult();
    }

    private EntityExchangeResult<byte[]> branches(String bearer, String address) {
        return client.get()
                .uri("/api/branches")
                .header("X-Forwarded-For", address)
                .headers(headers -> {
                    if (bearer != null) {
                        headers.set(HttpHeaders.AUTHORIZATION, bearer);
                    }
                })
                .exchange()
                .expectBody()
                .returnResult();
    }

    private static void assertTooManyRequests(EntityExchangeResult<byte[]> result) {
        assertThat(result.getStatus().value()).isEqualTo(429);
        assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(Long.parseLong(result.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)))
                .isBetween(1L, 60L);
        assertThat(result.getResponseCookies().getFirst("SESSION")).isNull();
    }

    private static String newAddress() {
        var random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }
}

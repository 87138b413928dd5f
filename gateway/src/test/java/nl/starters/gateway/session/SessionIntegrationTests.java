package nl.starters.gateway.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import nl.starters.gateway.GatewayApplication;
import nl.starters.gateway.testing.GatewayTestBase;
import nl.starters.gateway.testing.StubMemberService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.client.ReactorResourceFactory;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import tools.jackson.databind.json.JsonMapper;

/** Browser sessions end to end: login, who am I, logout, timeouts, token renewal, a restarted gateway. */
class SessionIntegrationTests extends GatewayTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Environment environment;

    @Autowired
    SessionHousekeeping housekeeping;

    @AfterEach
    void noRefreshDelay() {
        memberService.refreshDelay(Duration.ZERO);
    }

    @Test
    void logInSetsAnHttpOnlySameSiteLaxCookieAndAnswersWhoIsSignedIn() {
        String username = memberService.newAccount("ann");
        var member = memberService.account(username);

        var result = client.post()
                .uri("/api/session")
                .cookie("XSRF-TOKEN", XSRF)
                .header("X-XSRF-TOKEN", XSRF)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(credentials(username, StubMemberService.PASSWORD))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.id")
                .isEqualTo(member.id().toString())
                .jsonPath("$.displayName")
                .isEqualTo(member.displayName())
                .jsonPath("$.roles")
                .isEqualTo(List.of("MEMBER"))
                .jsonPath("$.branch")
                .isEqualTo("utrecht")
                .returnResult();

        ResponseCookie session = result.getResponseCookies().getFirst("SESSION");
        assertThat(session).isNotNull();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");
        assertThat(session.getPath()).isEqualTo("/");
        assertThat(session.isSecure()).isFalse();
        assertThat(session.getValue()).hasSize(43);
        assertThat(new String(me(session.getValue()).getResponseBody()))
                .contains(member.id().toString());
    }

    @Test
    void marksTheSessionCookieSecureWhenTheBrowserCameOverHttps() {
        var result = client.post()
                .uri("/api/session")
                .header("X-Forwarded-Proto", "https")
                .cookie("XSRF-TOKEN", XSRF)
                .header("X-XSRF-TOKEN", XSRF)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(credentials(memberService.newAccount("tls"), StubMemberService.PASSWORD))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult();

        assertThat(result.getResponseCookies().getFirst("SESSION").isSecure()).isTrue();
    }

    @Test
    void refusesAWrongPasswordWithA401ProblemAndNoSession() {
        var result = client.post()
                .uri("/api/session")
                .cookie("XSRF-TOKEN", XSRF)
                .header("X-XSRF-TOKEN", XSRF)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(credentials(memberService.newAccount("bob"), "wrong"))
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail")
                .isEqualTo("The username or password is not right.")
                .returnResult();

        assertThat(result.getResponseCookies().getFirst("SESSION")).isNull();
    }

    @Test
    void refusesCredentialsWithoutAUsernameWith400() {
        client.post()
                .uri("/api/session")
                .cookie("XSRF-TOKEN", XSRF)
                .header("X-XSRF-TOKEN", XSRF)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void givesANewSessionIdAtEveryLoginAndEndsThePreviousSession() {
        String username = memberService.newAccount("cor");
        String first = logIn(username);
        var firstRefreshTokens = memberService.liveRefreshTokensOf(memberService.account(username));

        var result = client.post()
                .uri("/api/session")
                .cookie("SESSION", first)
                .cookie("XSRF-TOKEN", XSRF)
                .header("X-XSRF-TOKEN", XSRF)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(credentials(username, StubMemberService.PASSWORD))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult();
        String second = result.getResponseCookies().getFirst("SESSION").getValue();

        assertThat(second).isNotEqualTo(first);
        assertThat(result.getResponseHeaders().get(HttpHeaders.SET_COOKIE))
                .filteredOn(cookie -> cookie.startsWith("SESSION="))
                .hasSize(1);
        assertThat(me(first).getStatus().value()).isEqualTo(401);
        assertThat(me(second).getStatus().value()).isEqualTo(200);
        assertThat(firstRefreshTokens)
                .singleElement()
                .satisfies(token -> assertThat(memberService.wasRevoked(token)).isTrue());
    }

    @Test
    void meWithoutASessionIs401Problem() {
        client.get()
                .uri("/api/me")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void logOutEndsTheSessionForRealAndRevokesItsRefreshToken() {
        String username = memberService.newAccount("dirk");
        String session = logIn(username);
        String refreshToken = memberService
                .liveRefreshTokensOf(memberService.account(username))
                .get(0);

        var result = client.delete()
                .uri("/api/session")
                .cookie("SESSION", session)
                .cookie("XSRF-TOKEN", XSRF)
                .header("X-XSRF-TOKEN", XSRF)
                .exchange()
                .expectStatus()
                .isNoContent()
                .expectBody()
                .returnResult();

        assertThat(result.getResponseCookies().getFirst("SESSION").getMaxAge()).isEqualTo(Duration.ZERO);
        assertThat(memberService.wasRevoked(refreshToken)).isTrue();
        assertThat(me(session).getStatus().value()).isEqualTo(401);
    }

    @Test
    void logOutWithoutASessionIs204() {
        client.delete()
                .uri("/api/session")
                .exchange()
                .expectStatus()
                .isNoContent()
                .expectBody()
                .isEmpty();
    }

    @Test
    void expiresACookieThatLeadsToNoSession() {
        var result = client.get()
                .uri("/api/branches")
                .cookie("SESSION", SessionIds.newId())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult();

        assertThat(result.getResponseCookies().getFirst("SESSION").getMaxAge()).isEqualTo(Duration.ZERO);
    }

    @Test
    void theSessionSurvivesAGatewayRestartAndServesEveryReplica() {
        String username = memberService.newAccount("eva");
        String session = logIn(username);

        try (var replica = new SpringApplicationBuilder(GatewayApplication.class)
                .initializers(SessionIntegrationTests::ownNettyResources)
                .run(replicaArguments())) {
            String port = replica.getEnvironment().getProperty("local.server.port");
            WebTestClient.bindToServer()
                    .baseUrl("http://127.0.0.1:" + port)
                    .build()
                    .get()
                    .uri("/api/me")
                    .cookie("SESSION", session)
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.id")
                    .isEqualTo(memberService.account(username).id().toString());
        }
    }

    @Test
    void endsASessionAfterThirtyIdleMinutes() {
        String username = memberService.newAccount("fem");
        String session = logIn(username);

        clock.advance(Duration.ofMinutes(29));
        assertThat(me(session).getStatus().value()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(29));
        assertThat(me(session).getStatus().value()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(30));
        var result = me(session);
        assertThat(result.getStatus().value()).isEqualTo(401);

        assertThat(result.getResponseCookies().getFirst("SESSION").getMaxAge()).isEqualTo(Duration.ZERO);
        assertThat(memberService.liveRefreshTokensOf(memberService.account(username)))
                .as("refresh tokens of the ended session are revoked")
                .isEmpty();
    }

    @Test
    void housekeepingDeletesSessionsNobodyCameBackToAndRevokesTheirRefreshTokens() {
        String username = memberService.newAccount("lot");
        String session = logIn(username);
        String refreshToken = memberService
                .liveRefreshTokensOf(memberService.account(username))
                .get(0);

        clock.advance(Duration.ofMinutes(31));
        housekeeping.deleteOver().block(Duration.ofSeconds(10));

        assertThat(memberService.wasRevoked(refreshToken)).isTrue();
        clock.reset();
        assertThat(me(session).getStatus().value())
                .as("gone even for a clock that is back")
                .isEqualTo(401);
    }

    @Test
    void endsASessionTwelveHoursAfterTheLoginHoweverBusy() {
        String session = logIn(memberService.newAccount("gert"));

        Duration elapsed = Duration.ZERO;
        while (elapsed.plusMinutes(25).compareTo(Duration.ofHours(12)) < 0) {
            clock.advance(Duration.ofMinutes(25));
            elapsed = elapsed.plusMinutes(25);
            assertThat(me(session).getStatus().value()).isEqualTo(200);
        }
        clock.advance(Duration.ofMinutes(25));

        assertThat(me(session).getStatus().value()).isEqualTo(401);
    }

    @Test
    void renewsTheAccessTokenShortlyBeforeItExpiresAndRelaysTheNewOne() {
        String username = memberService.newAccount("hans");
        var member = memberService.account(username);
        String session = logIn(username);
        String firstToken = memberService.lastAccessTokenOf(member);
        int refreshesBefore = memberService.refreshes();

        clock.advance(Duration.ofMinutes(13));
        assertThat(relayedAuthorization(session)).isEqualTo("Bearer " + firstToken);
        assertThat(memberService.refreshes()).isEqualTo(refreshesBefore);

        clock.advance(Duration.ofSeconds(90));
        String relayed = relayedAuthorization(session);

        assertThat(memberService.refreshes()).isEqualTo(refreshesBefore + 1);
        assertThat(memberService.lastAccessTokenOf(member)).isNotEqualTo(firstToken);
        assertThat(relayed).isEqualTo("Bearer " + memberService.lastAccessTokenOf(member));
    }

    @Test
    void parallelRequestsSpendTheRefreshTokenOnlyOnce() {
        String session = logIn(memberService.newAccount("ivo"));
        int refreshesBefore = memberService.refreshes();
        memberService.refreshDelay(Duration.ofMillis(400));
        clock.advance(Duration.ofMinutes(16));

        var web = WebClient.create("http://127.0.0.1:" + port);
        List<Integer> statuses = Flux.range(0, 8)
                .flatMap(i -> web.get()
                        .uri("/api/me")
                        .cookie("SESSION", session)
                        .exchangeToMono(response -> response.releaseBody()
                                .thenReturn(response.statusCode().value())))
                .collectList()
                .block(Duration.ofSeconds(30));

        assertThat(statuses).hasSize(8).containsOnly(200);
        assertThat(memberService.refreshes()).isEqualTo(refreshesBefore + 1);
    }

    @Test
    void aSessionEndsWhenMemberServiceRefusesToRenewIt() {
        String username = memberService.newAccount("jan");
        String session = logIn(username);
        memberService.revokeAllOf(memberService.account(username));

        clock.advance(Duration.ofMinutes(15));

        assertThat(me(session).getStatus().value()).isEqualTo(401);
        clock.reset();
        assertThat(me(session).getStatus().value()).isEqualTo(401);
    }

    @Test
    void erasingTheAccountThroughTheSessionEndsIt() {
        String session = logIn(memberService.newAccount("kees"));

        client.delete()
                .uri("/api/members/me")
                .cookie("SESSION", session)
                .cookie("XSRF-TOKEN", XSRF)
                .header("X-XSRF-TOKEN", XSRF)
                .exchange()
                .expectStatus()
                .isNoContent()
                .expectBody()
                .isEmpty();

        assertThat(me(session).getStatus().value()).isEqualTo(401);
    }

    /** The Authorization header the national forum received for a request with this session. */
    private String relayedAuthorization(String session) {
        byte[] body = client.get()
                .uri("/api/national/questions")
                .cookie("SESSION", session)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult()
                .getResponseBody();
        return JSON.readTree(body).path("authorization").asString();
    }

    /**
     * By default a context shares Reactor Netty's global resources and disposes them when it closes,
     * which would take every other server of this test JVM down with the replica.
     */
    private static void ownNettyResources(ConfigurableApplicationContext context) {
        ((GenericApplicationContext) context).registerBean(ReactorResourceFactory.class, () -> {
            var resources = new ReactorResourceFactory();
            resources.setUseGlobalResources(false);
            return resources;
        });
    }

    private String[] replicaArguments() {
        return new String[] {
            "--server.port=0",
            "--management.server.port=0",
            "--community.database.host=" + environment.getProperty("community.database.host"),
            "--community.database.port=" + environment.getProperty("community.database.port"),
            "--community.database.name=" + environment.getProperty("community.database.name"),
            "--community.database.username=" + environment.getProperty("community.database.username"),
            "--community.database.password=" + environment.getProperty("community.database.password"),
            "--community.security.jwks-uri=" + environment.getProperty("community.security.jwks-uri"),
            "--community.routing.member-service-uri=" + memberService.uri(),
            "--community.branches-file=target/no-branches.yml"
        };
    }
}

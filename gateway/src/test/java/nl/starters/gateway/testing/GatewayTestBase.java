package nl.starters.gateway.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway on a random port with its own database, a movable clock, the loopback member-service of
 * {@link StubMemberService}, echoing stubs for Utrecht and the national forum and its spans recorded in
 * {@link RecordedSpans}. Test classes that
 * extend it unchanged share one application context.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "community.branches[0].id=utrecht",
            "community.branches[0].name=Utrecht",
            "community.branches[0].region=Midden",
            "management.server.port=0",
            // finished spans reach the test's RecordedSpans promptly
            "management.opentelemetry.tracing.export.schedule-delay=50ms"
        })
@ContextConfiguration(initializers = GatewayTestInitializer.class)
@Import({TestClockConfiguration.class, TestTracingConfiguration.class})
@TestPropertySource(
        properties = {"community.rate-limits.requests.per-minute=100000", "community.rate-limits.requests.burst=100000"
        })
public abstract class GatewayTestBase {

    /** Any value will do: the double-submit check compares the cookie with the header. */
    protected static final String XSRF = "a-test-xsrf-token";

    protected static final StubMemberService memberService = StubMemberService.shared();
    protected static final StubService utrecht = StubService.answering("utrecht");
    protected static final StubService national = StubService.answering("national-forum");

    @LocalServerPort
    protected int port;

    @Autowired
    protected MutableClock clock;

    protected WebTestClient client;

    @DynamicPropertySource
    static void downstreams(DynamicPropertyRegistry registry) {
        registry.add("community.routing.member-service-uri", memberService::uri);
        registry.add("community.routing.branch-uris.utrecht", utrecht::uri);
        registry.add("community.routing.national-forum-uri", national::uri);
    }

    @BeforeEach
    void freshClockAndClient() {
        clock.reset();
        client = WebTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(20))
                .build();
    }

    /** Logs in through {@code POST /api/session} (with the CSRF token); answers the session cookie's value. */
    protected String logIn(String username) {
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
                .returnResult();
        ResponseCookie session = result.getResponseCookies().getFirst("SESSION");
        assertThat(session).as("session cookie").isNotNull();
        return session.getValue();
    }

    protected static String credentials(String username, String password) {
        return "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
    }

    /** {@code GET /api/me} with this session cookie, its body read (an unread body would leak its buffers). */
    protected EntityExchangeResult<byte[]> me(String session) {
        return client.get()
                .uri("/api/me")
                .cookie("SESSION", session)
                .exchange()
                .expectBody()
                .returnResult();
    }
}

package nl.starters.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import nl.starters.gateway.testing.GatewayTestInitializer;
import nl.starters.gateway.testing.StubService;
import nl.starters.servicedefaults.testing.metrics.PrometheusScrape;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The gateway on a random port in front of real stub services on loopback: Utrecht answers,
 * Groningen stalls past the timeout, Eindhoven's port is closed and Zwolle hangs up.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "community.branches[0].id=utrecht",
            "community.branches[0].name=Utrecht",
            "community.branches[0].region=Midden",
            "community.branches[1].id=groningen",
            "community.branches[1].name=Groningen",
            "community.branches[1].region=Noord",
            "community.branches[2].id=eindhoven",
            "community.branches[2].name=Eindhoven",
            "community.branches[2].region=Zuid",
            "community.branches[3].id=zwolle",
            "community.branches[3].name=Zwolle",
            "community.branches[3].region=Oost",
            "community.routing.timeout=300ms",
            "community.routing.retry-after=30s",
            "management.server.port=0"
        })
@ContextConfiguration(initializers = GatewayTestInitializer.class)
class GatewayIntegrationTests {

    static final StubService utrecht = StubService.answering("utrecht");
    static final StubService groningen = StubService.stalling(Duration.ofSeconds(3));
    static final StubService zwolle = StubService.hangingUp();
    static final StubService members = StubService.answering("member-service");
    static final StubService national = StubService.streaming("national-forum", 8, Duration.ofMillis(100));

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    WebTestClient client;

    @DynamicPropertySource
    static void downstreams(DynamicPropertyRegistry registry) {
        registry.add("community.routing.branch-uris.utrecht", utrecht::uri);
        registry.add("community.routing.branch-uris.groningen", groningen::uri);
        registry.add("community.routing.branch-uris.eindhoven", StubService::closedPort);
        registry.add("community.routing.branch-uris.zwolle", zwolle::uri);
        registry.add("community.routing.member-service-uri", members::uri);
        registry.add("community.routing.national-forum-uri", national::uri);
    }

    @AfterAll
    static void stopStubs() {
        List.of(utrecht, groningen, zwolle, members, national).forEach(StubService::close);
    }

    @BeforeEach
    void client() {
        client = WebTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(20))
                .build();
    }

    @Test
    void listsBranchesFromRegistry() {
        client.get()
                .uri("/api/branches")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.items[*].id")
                .isEqualTo(List.of("utrecht", "groningen", "eindhoven", "zwolle"))
                .jsonPath("$.items[0].name")
                .isEqualTo("Utrecht")
                .jsonPath("$.items[0].region")
                .isEqualTo("Midden")
                .jsonPath("$.page")
                .isEqualTo(0)
                .jsonPath("$.size")
                .isEqualTo(4)
                .jsonPath("$.total")
                .isEqualTo(4);
    }

    @Test
    void pagesTheBranchListWhenAskedTo() {
        client.get()
                .uri("/api/branches?page=1&size=3")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.items[*].id")
                .isEqualTo(List.of("zwolle"))
                .jsonPath("$.size")
                .isEqualTo(3)
                .jsonPath("$.total")
                .isEqualTo(4);
    }

    @Test
    void routesBranchRequestToItsInstance() {
        client.get()
                .uri("/api/branches/utrecht/posts?page=1&size=5")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.instance")
                .isEqualTo("utrecht")
                .jsonPath("$.uri")
                .isEqualTo("/api/branches/utrecht/posts?page=1&size=5");
    }

    @Test
    void forwardsRequestBodies() {
        client.post()
                .uri("/api/branches/utrecht/posts")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"title\":\"Hello\"}")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.method")
                .isEqualTo("POST")
                .jsonPath("$.body")
                .isEqualTo("{'title':'Hello'}");
    }

    @Test
    void passesDownstreamProblemsThroughUntouched() {
        client.get()
                .uri("/api/branches/utrecht/posts/missing")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .valueEquals("X-Stub", "utrecht")
                .expectBody()
                .json(
                        "{\"title\":\"Not Found\",\"status\":404,\"detail\":\"No such post in utrecht.\"}",
                        JsonCompareMode.STRICT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/members", "/api/members/42", "/api/members/me/export", "/api/admin/audit"})
    void routesMemberPathsToMemberService(String path) {
        client.get()
                .uri(path)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.instance")
                .isEqualTo("member-service")
                .jsonPath("$.uri")
                .isEqualTo(path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/auth/token", "/api/auth/refresh", "/api/auth/federated", "/.well-known/jwks.json"})
    void doesNotRouteMemberServicesInternalTokenApi(String path) {
        int before = members.requests();

        client.post()
                .uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(404);
        client.get().uri(path).exchange().expectStatus().isNotFound().expectBody();

        assertThat(members.requests()).isEqualTo(before);
    }

    @Test
    void routesNationalPathsToNationalForum() {
        client.get()
                .uri("/api/national/questions")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.instance")
                .isEqualTo("national-forum");
    }

    @Test
    void answers503NamingTheBranchWhenItIsDown() {
        expectUnavailable(
                "/api/branches/eindhoven/posts",
                "The Eindhoven branch (eindhoven) is not reachable right now; please try again in a moment.");
    }

    @Test
    void answers503WhenBranchIsSlowerThanTheTimeout() {
        expectUnavailable(
                "/api/branches/groningen/posts",
                "The Groningen branch (groningen) is not reachable right now; please try again in a moment.");
    }

    @Test
    void answers503WithoutCallingTheBranchOnceItsBreakerIsOpen() {
        var web = WebClient.create("http://127.0.0.1:" + port);
        List<Integer> statuses = Flux.range(0, 10)
                .concatMap(i -> status(web, "/api/branches/zwolle/posts"))
                .collectList()
                .block(Duration.ofSeconds(30));
        assertThat(statuses).containsOnly(503);
        int callsSoFar = zwolle.requests();

        expectUnavailable(
                "/api/branches/zwolle/posts",
                "The Zwolle branch (zwolle) is not reachable right now; please try again in a moment.");
        assertThat(zwolle.requests()).isEqualTo(callsSoFar);
    }

    @Test
    void slowBranchDoesNotAffectOtherBranchesOrNationalForum() {
        var web = WebClient.create("http://127.0.0.1:" + port);
        Mono<List<Integer>> slow = Flux.range(0, 12)
                .flatMap(i -> status(web, "/api/branches/groningen/posts"))
                .collectList();
        Mono<List<Integer>> others = Flux.range(0, 12)
                .flatMap(i -> status(web, i % 2 == 0 ? "/api/branches/utrecht/posts" : "/api/national/questions"))
                .collectList();

        var outcome = Mono.zip(slow, others).block(Duration.ofSeconds(30));

        assertThat(outcome.getT1()).containsOnly(503);
        assertThat(outcome.getT2()).hasSize(12).containsOnly(200);
    }

    @Test
    void theActivityStreamOutlastsTheDownstreamTimeLimit() {
        List<String> events = WebClient.create("http://127.0.0.1:" + port)
                .get()
                .uri("/api/national/activity/stream")
                .retrieve()
                .bodyToFlux(String.class)
                .collectList()
                .block(Duration.ofSeconds(10));

        assertThat(events).as("8 events over 800 ms, past the 300 ms limit").hasSize(8);
    }

    @Test
    void unknownBranchIs404Problem() {
        client.post()
                .uri("/api/branches/nope/posts")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail")
                .isEqualTo("There is no branch 'nope'.")
                .jsonPath("$.type")
                .isEqualTo("https://starters.community/problems/not-found");
    }

    @Test
    void servesALintCleanScrapeWithTheCircuitBreakersAndNoBranchTag() {
        client.get()
                .uri("/api/branches/utrecht/posts")
                .exchange()
                .expectStatus()
                .isOk();

        String scrape = PrometheusScrape.of(managementPort);

        assertThat(scrape)
                .contains("http_server_requests_seconds_bucket{application=\"gateway\",")
                .contains("resilience4j_circuitbreaker_state{application=\"gateway\",")
                .doesNotContain("branch=\"utrecht\",region=");
        PrometheusScrape.saveAndLint("gateway", scrape);
    }

    @Test
    void actuatorIsNotRoutedOnThePublicPort() {
        client.get()
                .uri("/actuator/health")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody();
        WebTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + managementPort)
                .build()
                .get()
                .uri("/actuator/health")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("UP");
    }

    @Test
    void readinessIncludesTheSessionStoresDatabase() {
        WebTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + managementPort)
                .build()
                .get()
                .uri("/actuator/health/readiness")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.components.r2dbc.status")
                .isEqualTo("UP");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/livez", "/readyz"})
    void probesAnswerOnThePublicPort(String probe) {
        client.get().uri(probe).exchange().expectStatus().isOk().expectBody();
    }

    private void expectUnavailable(String path, String detail) {
        client.get()
                .uri(path)
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .valueEquals(HttpHeaders.RETRY_AFTER, "30")
                .expectBody()
                .jsonPath("$.detail")
                .isEqualTo(detail)
                .jsonPath("$.status")
                .isEqualTo(503)
                .jsonPath("$.instance")
                .isEqualTo(path);
    }

    private static Mono<Integer> status(WebClient web, String path) {
        return web.get()
                .uri(path)
                .exchangeToMono(response ->
                        response.releaseBody().thenReturn(response.statusCode().value()));
    }
}

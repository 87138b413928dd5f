package nl.starters.gateway.testing;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import nl.starters.servicedefaults.security.Roles;
import nl.starters.servicedefaults.testing.security.TestIdentity;
import nl.starters.servicedefaults.testing.security.TestMember;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Member-service on loopback as the gateway sees it: the internal token API with accounts whose
 * password is {@link #PASSWORD}, refresh tokens that are spent by their use, and access tokens from
 * {@link TestIdentity}; every other path echoes what it received, like {@link StubService}.
 */
public final class StubMemberService {

    public static final String PASSWORD = "secret";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static StubMemberService shared;

    private final DisposableServer server;
    private final Map<String, TestMember> accounts = new ConcurrentHashMap<>();
    private final Map<String, TestMember> liveRefreshTokens = new ConcurrentHashMap<>();
    private final Set<String> revoked = ConcurrentHashMap.newKeySet();
    private final Map<UUID, String> lastAccessToken = new ConcurrentHashMap<>();
    private final AtomicInteger refreshes = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();
    private final List<String> linked = new CopyOnWriteArrayList<>();
    private final Map<String, String> traceparents = new ConcurrentHashMap<>();
    private volatile Duration refreshDelay = Duration.ZERO;
    private volatile Function<String, TestMember> federation = idToken -> null;
    private volatile Predicate<String> linkable = idToken -> false;

    private StubMemberService() {
        server = HttpServer.create()
                .host("127.0.0.1")
                .port(0)
                .handle(this::handle)
                .bindNow();
    }

    public static synchronized StubMemberService shared() {
        if (shared == null) {
            shared = new StubMemberService();
        }
        return shared;
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    /** A new account (a member of Utrecht) under a username no other test uses. */
    public String newAccount(String prefix) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.put(
                username, new TestMember(UUID.randomUUID(), "Member " + username, "utrecht", List.of(Roles.MEMBER)));
        return username;
    }

    public TestMember account(String username) {
        return accounts.get(username);
    }

    public int requests() {
        return requests.get();
    }

    public int refreshes() {
        return refreshes.get();
    }

    public boolean wasRevoked(String refreshToken) {
        return revoked.contains(refreshToken);
    }

    /** Refresh tokens handed out for this member and neither spent nor revoked. */
    public List<String> liveRefreshTokensOf(TestMember member) {
        return liveRefreshTokens.entrySet().stream()
                .filter(entry -> entry.getValue().equals(member))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** member-service revoked the member's refresh tokens (a role change, theft detected). */
    public void revokeAllOf(TestMember member) {
        liveRefreshTokensOf(member).forEach(this::logout);
    }

    private void logout(String refreshToken) {
        revoked.add(refreshToken);
        liveRefreshTokens.remove(refreshToken);
    }

    public String lastAccessTokenOf(TestMember member) {
        return lastAccessToken.get(member.id());
    }

    public void refreshDelay(Duration delay) {
        this.refreshDelay = delay;
    }

    /** How {@code /api/auth/federated} maps an ID token to a member (null: 401); runs off the event loop. */
    public void federation(Function<String, TestMember> federation) {
        this.federation = federation;
    }

    /** Which ID tokens {@code POST /api/members/me/identities} accepts (else 409); runs off the event loop. */
    public void linkable(Predicate<String> linkable) {
        this.linkable = linkable;
    }

    /** The {@code "<bearer> <idToken>"} pairs {@code POST /api/members/me/identities} received. */
    public List<String> linked() {
        return linked;
    }

    /** The {@code traceparent} the last request for this username's token carried (empty when none). */
    public String traceparentOfTokenRequestFor(String username) {
        return traceparents.getOrDefault(username, "");
    }

    private Mono<Void> handle(HttpServerRequest request, HttpServerResponse response) {
        requests.incrementAndGet();
        String path = request.path().startsWith("/") ? request.path() : "/" + request.path();
        String traceparent = request.requestHeaders().get("traceparent");
        if (!path.startsWith("/api/auth/") && !path.equals("/api/members/me/identities")) {
            return echoed(request, response);
        }
        return request.receive().aggregate().asString().defaultIfEmpty("{}").flatMap(body -> {
            JsonNode json = JSON.readTree(body);
            return switch (path) {
                case "/api/auth/token" -> {
                    traceparents.put(json.path("username").asString(), traceparent == null ? "" : traceparent);
                    yield token(json, response);
                }
                case "/api/auth/refresh" -> refresh(json.path("refreshToken").asString(), response);
                case "/api/auth/logout" -> logout(json.path("refreshToken").asString(), response);
                case "/api/auth/federated" -> federated(json.path("idToken").asString(), response);
                case "/api/members/me/identities" ->
                    link(request, json.path("idToken").asString(), response);
                default -> response.status(404).send();
            };
        });
    }

    private Mono<Void> echoed(HttpServerRequest request, HttpServerResponse response) {
        if (request.method().name().equals("DELETE") && request.path().endsWith("api/members/me")) {
            return response.status(204).send();
        }
        return StubService.echo("member-service", request, response);
    }

    private Mono<Void> token(JsonNode credentials, HttpServerResponse response) {
        TestMember member = accounts.get(credentials.path("username").asString());
        if (member == null || !PASSWORD.equals(credentials.path("password").asString())) {
            return problem(response, 401, "The username or password is not right.");
        }
        return pair(member, response);
    }

    private Mono<Void> refresh(String refreshToken, HttpServerResponse response) {
        refreshes.incrementAndGet();
        return Mono.delay(refreshDelay).then(Mono.defer(() -> {
            TestMember member = liveRefreshTokens.remove(refreshToken);
            return member == null
                    ? problem(response, 401, "This refresh token is spent, revoked or unknown.")
                    : pair(member, response);
        }));
    }

    private Mono<Void> logout(String refreshToken, HttpServerResponse response) {
        logout(refreshToken);
        return response.status(204).send();
    }

    private Mono<Void> federated(String idToken, HttpServerResponse response) {
        return Mono.fromCallable(() -> federation.apply(idToken))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(member -> pair(member, response))
                .switchIfEmpty(Mono.defer(() -> problem(response, 401, "This ID token is not accepted.")));
    }

    private Mono<Void> link(HttpServerRequest request, String idToken, HttpServerResponse response) {
        String bearer = request.requestHeaders().get("Authorization");
        return Mono.fromCallable(() -> linkable.test(idToken))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(accepted -> {
                    if (!accepted) {
                        return problem(response, 409, "This bank login belongs to another member.");
                    }
                    linked.add(bearer + " " + idToken);
                    return response.status(201).send().then();
                });
    }

    private Mono<Void> pair(TestMember member, HttpServerResponse response) {
        String accessToken = member.token();
        String refreshToken = UUID.randomUUID().toString();
        lastAccessToken.put(member.id(), accessToken);
        liveRefreshTokens.put(refreshToken, member);
        return response.header("Content-Type", "application/json")
                .sendString(Mono.just("{\"accessToken\":\"" + accessToken + "\",\"tokenType\":\"Bearer\","
                        + "\"expiresIn\":900,\"refreshToken\":\"" + refreshToken + "\",\"refreshExpiresIn\":43200}"))
                .then();
    }

    private static Mono<Void> problem(HttpServerResponse response, int status, String detail) {
        return response.status(status)
                .header("Content-Type", "application/problem+json")
                .sendString(
                        Mono.just("{\"title\":\"Refused\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}"))
                .then();
    }
}

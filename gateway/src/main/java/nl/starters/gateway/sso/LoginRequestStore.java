package nl.starters.gateway.sso;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import nl.starters.gateway.session.SecureRequests;
import nl.starters.gateway.session.SessionIds;
import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.oauth2.client.web.server.ServerAuthorizationRequestRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Keeps an OpenID Connect login under way (state, nonce, redirect URI) between the redirect to the
 * bank and its redirect back: in the gateway's database, so any replica can finish it, under a random
 * key only the browser that started it holds in a cookie (a login started elsewhere cannot be
 * finished in this browser). Spring's default would need a WebSession.
 */
@Component
class LoginRequestStore implements ServerAuthorizationRequestRepository<OAuth2AuthorizationRequest> {

    static final String COOKIE = "SSO_LOGIN";
    private static final Duration LIFETIME = Duration.ofMinutes(5);
    private static final ObjectInputFilter ONLY_SECURITY_TYPES =
            ObjectInputFilter.Config.createFilter("java.base/*;org.springframework.security.**;!*");

    private final DatabaseClient database;
    private final Clock clock;

    LoginRequestStore(DatabaseClient database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public Mono<Void> saveAuthorizationRequest(OAuth2AuthorizationRequest request, ServerWebExchange exchange) {
        if (request == null) {
            return removeAuthorizationRequest(exchange).then();
        }
        String key = SessionIds.newId();
        var now = clock.instant();
        return database.sql("DELETE FROM sso_login_request WHERE expires_at < :now")
                .bind("now", now)
                .then()
                .then(database.sql("INSERT INTO sso_login_request (key_hash, request, expires_at)"
                                + " VALUES (:key, :request, :expires)")
                        .bind("key", SessionIds.hash(key))
                        .bind("request", serialize(request))
                        .bind("expires", now.plus(LIFETIME))
                        .then())
                .then(Mono.fromRunnable(() -> setCookie(exchange, key, LIFETIME)));
    }

    @Override
    public Mono<OAuth2AuthorizationRequest> loadAuthorizationRequest(ServerWebExchange exchange) {
        return key(exchange)
                .flatMap(key -> database.sql(
                                "SELECT request FROM sso_login_request WHERE key_hash = :key AND expires_at > :now")
                        .bind("key", SessionIds.hash(key))
                        .bind("now", clock.instant())
                        .map(row -> row.get("request", byte[].class))
                        .one())
                .map(LoginRequestStore::deserialize)
                .filter(request -> sameState(request, exchange));
    }

    /** One use only: the row goes whether or not the state matches. */
    @Override
    public Mono<OAuth2AuthorizationRequest> removeAuthorizationRequest(ServerWebExchange exchange) {
        return key(exchange)
                .flatMap(key -> database.sql("DELETE FROM sso_login_request WHERE key_hash = :key"
                                + " RETURNING request, expires_at > :now AS live")
                        .bind("key", SessionIds.hash(key))
                        .bind("now", clock.instant())
                        .map(row -> Boolean.TRUE.equals(row.get("live", Boolean.class))
                                ? row.get("request", byte[].class)
                                : new byte[0])
                        .one())
                .doOnNext(unused -> setCookie(exchange, "", Duration.ZERO))
                .filter(bytes -> bytes.length > 0)
                .map(LoginRequestStore::deserialize)
                .filter(request -> sameState(request, exchange));
    }

    private static Mono<String> key(ServerWebExchange exchange) {
        return Mono.justOrEmpty(exchange.getRequest().getCookies().getFirst(COOKIE))
                .map(HttpCookie::getValue)
                .filter(SessionIds::isWellFormed);
    }

    private static boolean sameState(OAuth2AuthorizationRequest request, ServerWebExchange exchange) {
        return Objects.equals(
                request.getState(), exchange.getRequest().getQueryParams().getFirst("state"));
    }

    private static void setCookie(ServerWebExchange exchange, String value, Duration maxAge) {
        exchange.getResponse()
                .addCookie(ResponseCookie.from(COOKIE, value)
                        .path("/")
                        .httpOnly(true)
                        .sameSite("Lax")
                        .secure(SecureRequests.isSecure(exchange.getRequest()))
                        .maxAge(maxAge)
                        .build());
    }

    private static byte[] serialize(OAuth2AuthorizationRequest request) {
        var bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static OAuth2AuthorizationRequest deserialize(byte[] bytes) {
        try (var in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            in.setObjectInputFilter(ONLY_SECURITY_TYPES);
            return (OAuth2AuthorizationRequest) in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("A stored login request could not be read", e);
        }
    }
}

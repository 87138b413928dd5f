package nl.starters.gateway.security;

import java.security.SecureRandom;
import java.util.Base64;
import nl.starters.gateway.session.SecureRequests;
import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.DefaultCsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRepository;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The double-submit CSRF token: a cookie scripts of our own origin can read ({@code XSRF-TOKEN}) and
 * must echo in {@code X-XSRF-TOKEN}; another site can neither read the cookie nor set the header.
 */
final class XsrfCookieRepository implements ServerCsrfTokenRepository {

    static final String COOKIE = "XSRF-TOKEN";
    static final String HEADER = "X-XSRF-TOKEN";
    private static final String PARAMETER = "_csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public Mono<CsrfToken> generateToken(ServerWebExchange exchange) {
        return Mono.fromCallable(() -> {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            return new DefaultCsrfToken(
                    HEADER, PARAMETER, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        });
    }

    @Override
    public Mono<Void> saveToken(ServerWebExchange exchange, CsrfToken token) {
        return Mono.fromRunnable(() -> {
            String value = token != null ? token.getToken() : "";
            exchange.getResponse()
                    .addCookie(ResponseCookie.from(COOKIE, value)
                            .path("/")
                            .httpOnly(false)
                            .sameSite("Lax")
                            .secure(SecureRequests.isSecure(exchange.getRequest()))
                            .maxAge(value.isEmpty() ? 0 : -1)
                            .build());
        });
    }

    @Override
    public Mono<CsrfToken> loadToken(ServerWebExchange exchange) {
        return Mono.justOrEmpty(exchange.getRequest().getCookies().getFirst(COOKIE))
                .map(HttpCookie::getValue)
                .filter(value -> !value.isEmpty())
                .map(value -> new DefaultCsrfToken(HEADER, PARAMETER, value));
    }

    /** The token this request brought, or a new one set on the response: every response then has one. */
    Mono<CsrfToken> loadOrIssue(ServerWebExchange exchange) {
        return loadToken(exchange)
                .switchIfEmpty(
                        Mono.defer(() -> generateToken(exchange).delayUntil(token -> saveToken(exchange, token))));
    }
}

package nl.starters.gateway.security;

import java.util.Set;
import nl.starters.gateway.session.SessionCookie;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Which requests must prove they come from our own pages: state-changing ones a browser would send
 * with the session cookie, and the login itself (against login CSRF). A request with a bearer token
 * cannot be forged by another site, and {@code POST /api/token} makes no session.
 */
final class CsrfRequirement implements ServerWebExchangeMatcher {

    private static final Set<HttpMethod> SAFE =
            Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);

    private final SessionCookie cookie;

    CsrfRequirement(SessionCookie cookie) {
        this.cookie = cookie;
    }

    @Override
    public Mono<MatchResult> matches(ServerWebExchange exchange) {
        return required(exchange) ? MatchResult.match() : MatchResult.notMatch();
    }

    private boolean required(ServerWebExchange exchange) {
        var request = exchange.getRequest();
        if (SAFE.contains(request.getMethod()) || BearerRequests.isBearer(request)) {
            return false;
        }
        String path = request.getPath().value();
        if (path.equals("/api/token")) {
            return false;
        }
        return (path.equals("/api/session") && request.getMethod() == HttpMethod.POST)
                || cookie.read(request).isPresent();
    }
}

package nl.starters.gateway.security;

import nl.starters.gateway.session.SessionCookie;
import nl.starters.gateway.session.Sessions;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Finds the access token of a request: an API client's {@code Authorization: Bearer} header, else the
 * browser session's (renewed when due). Either is then verified like any access token. A session
 * cookie that leads nowhere (ended, timed out) is expired on the response.
 */
final class SessionOrBearerAuthentication implements ServerAuthenticationConverter {

    private final ServerBearerTokenAuthenticationConverter bearer = new ServerBearerTokenAuthenticationConverter();
    private final Sessions sessions;
    private final SessionCookie cookie;

    SessionOrBearerAuthentication(Sessions sessions, SessionCookie cookie) {
        this.sessions = sessions;
        this.cookie = cookie;
    }

    @Override
    public Mono<Authentication> convert(ServerWebExchange exchange) {
        if (BearerRequests.hasAuthorization(exchange.getRequest())) {
            return bearer.convert(exchange);
        }
        return Mono.justOrEmpty(cookie.read(exchange.getRequest()))
                .flatMap(id -> sessions.resolve(id).switchIfEmpty(Mono.fromRunnable(() -> cookie.expire(exchange))))
                .map(session -> new BearerTokenAuthenticationToken(session.accessToken()));
    }
}

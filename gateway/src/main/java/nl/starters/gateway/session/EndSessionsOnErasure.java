package nl.starters.gateway.session;

import java.util.Optional;
import java.util.UUID;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Once member-service erased the account ({@code DELETE /api/members/me} answered 2xx), every session
 * of that member ends and this browser's cookie is expired.
 */
@Component
class EndSessionsOnErasure implements GlobalFilter, Ordered {

    private final Sessions sessions;
    private final SessionCookie cookie;

    EndSessionsOnErasure(Sessions sessions, SessionCookie cookie) {
        this.sessions = sessions;
        this.cookie = cookie;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        var request = exchange.getRequest();
        if (request.getMethod() != HttpMethod.DELETE
                || !request.getPath().value().equals("/api/members/me")) {
            return chain.filter(exchange);
        }
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(member -> Optional.of(UUID.fromString(member.getName())))
                .defaultIfEmpty(Optional.empty())
                .flatMap(member -> {
                    member.ifPresent(id -> exchange.getResponse().beforeCommit(() -> erased(exchange, id)));
                    return chain.filter(exchange);
                });
    }

    private Mono<Void> erased(ServerWebExchange exchange, UUID memberId) {
        var status = exchange.getResponse().getStatusCode();
        if (status == null || !status.is2xxSuccessful()) {
            return Mono.empty();
        }
        return sessions.endAllOf(memberId).then(Mono.fromRunnable(() -> cookie.expire(exchange)));
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}

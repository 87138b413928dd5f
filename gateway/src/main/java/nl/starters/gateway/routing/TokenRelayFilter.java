package nl.starters.gateway.routing;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.starters.gateway.session.SessionCookie;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Every downstream call carries the caller's verified access token as {@code Authorization: Bearer}
 * (from the bearer header or the browser session alike) and nothing else of the caller's credentials:
 * no session cookie, no CSRF cookie or header. An anonymous call carries no Authorization at all.
 */
@Component
class TokenRelayFilter implements GlobalFilter, Ordered {

    private static final String XSRF_HEADER = "X-XSRF-TOKEN";

    private final Set<String> strippedCookies;

    TokenRelayFilter(SessionCookie sessionCookie) {
        this.strippedCookies = Set.of(sessionCookie.name(), "XSRF-TOKEN", "SSO_LOGIN");
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(member ->
                        Optional.of(((JwtAuthenticationToken) member).getToken().getTokenValue()))
                .defaultIfEmpty(Optional.empty())
                .flatMap(token -> chain.filter(relay(exchange, token)));
    }

    private ServerWebExchange relay(ServerWebExchange exchange, Optional<String> token) {
        String otherCookies = exchange.getRequest().getCookies().values().stream()
                .flatMap(List::stream)
                .filter(cookie -> !strippedCookies.contains(cookie.getName()))
                .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
        return exchange.mutate()
                .request(request -> request.headers(headers -> {
                    headers.remove(HttpHeaders.AUTHORIZATION);
                    token.ifPresent(value -> headers.set(HttpHeaders.AUTHORIZATION, "Bearer " + value));
                    headers.remove(HttpHeaders.COOKIE);
                    if (!otherCookies.isEmpty()) {
                        headers.set(HttpHeaders.COOKIE, otherCookies);
                    }
                    headers.remove(XSRF_HEADER);
                }))
                .build();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}

package nl.starters.gateway.security;

import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Spring Security only issues the CSRF token when something asks for it; asking on every request
 * (right after the CSRF check) gives every response, a 401 or a proxied page alike, the
 * {@code XSRF-TOKEN} cookie when the browser has none yet.
 */
final class XsrfCookieFilter implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
        return token == null ? chain.filter(exchange) : token.then(Mono.defer(() -> chain.filter(exchange)));
    }
}

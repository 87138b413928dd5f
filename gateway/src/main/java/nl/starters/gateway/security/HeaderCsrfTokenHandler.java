package nl.starters.gateway.security;

import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Takes the CSRF token from the {@code X-XSRF-TOKEN} header only, raw (not masked). Spring's default
 * also reads form bodies, which would consume a body the gateway still has to forward.
 */
final class HeaderCsrfTokenHandler extends ServerCsrfTokenRequestAttributeHandler {

    @Override
    public Mono<String> resolveCsrfTokenValue(ServerWebExchange exchange, CsrfToken token) {
        return Mono.justOrEmpty(exchange.getRequest().getHeaders().getFirst(token.getHeaderName()));
    }
}

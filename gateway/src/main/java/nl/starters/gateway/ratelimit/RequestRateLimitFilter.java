package nl.starters.gateway.ratelimit;

import java.time.Clock;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The general request limit: per signed-in member, else per client address. Runs inside the
 * security chain after authentication, so it knows who is asking; the probes are not counted. Not a
 * bean: a WebFilter bean would also run outside the security chain.
 */
public class RequestRateLimitFilter implements WebFilter {

    private final boolean enabled;
    private final Buckets buckets;

    public RequestRateLimitFilter(RateLimitProperties properties, Clock clock) {
        this.enabled = properties.enabled();
        this.buckets =
                new Buckets(properties.requests().burst(), properties.requests().perMinute(), clock);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().value();
        if (!enabled || path.equals("/livez") || path.equals("/readyz")) {
            return chain.filter(exchange);
        }
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(member -> "member:" + member.getName())
                .defaultIfEmpty("address:" + ClientAddress.of(exchange.getRequest()))
                .flatMap(key -> {
                    var probe = buckets.of(key).tryConsumeAndReturnRemaining(1);
                    return probe.isConsumed()
                            ? chain.filter(exchange)
                            : Mono.error(new TooManyRequests(
                                    "Too many requests in a short time; slow down a little.",
                                    probe.getNanosToWaitForRefill()));
                });
    }
}

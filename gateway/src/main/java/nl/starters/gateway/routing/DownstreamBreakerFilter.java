package nl.starters.gateway.routing;

import java.time.Duration;
import nl.starters.servicedefaults.problems.ProblemResponses;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreaker;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Runs a route through its downstream's own circuit breaker and time limiter, so a branch that is
 * down, slow or cut off costs its callers at most the timeout and never holds up other branches.
 * Unlike the built-in CircuitBreaker filter with a {@code fallbackUri}, it caches no request bodies
 * and needs no public fallback endpoint: it answers the 503 problem itself.
 */
final class DownstreamBreakerFilter implements GatewayFilter {

    private static final Log log = LogFactory.getLog(DownstreamBreakerFilter.class);

    private final Downstream downstream;
    private final ReactiveCircuitBreaker breaker;
    private final ProblemResponses problems;
    private final HttpHeaders retryAfter = new HttpHeaders();

    DownstreamBreakerFilter(
            Downstream downstream, ReactiveCircuitBreaker breaker, ProblemResponses problems, Duration retryAfter) {
        this.downstream = downstream;
        this.breaker = breaker;
        this.problems = problems;
        this.retryAfter.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter.toSeconds()));
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return breaker.run(chain.filter(exchange), failure -> unavailable(exchange, failure));
    }

    private Mono<Void> unavailable(ServerWebExchange exchange, Throwable failure) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(failure);
        }
        if (log.isDebugEnabled()) {
            log.debug(
                    downstream.breakerId() + " failed " + exchange.getRequest().getPath() + ": " + failure);
        }
        // drops a half-received downstream response: its connection and the headers it copied
        ServerWebExchangeUtils.reset(exchange);
        return problems.write(exchange, downstream.unavailable(), retryAfter);
    }

    @Override
    public String toString() {
        return "DownstreamBreaker[" + downstream.breakerId() + " -> " + downstream.uri() + "]";
    }
}

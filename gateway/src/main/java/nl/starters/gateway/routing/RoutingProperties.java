package nl.starters.gateway.routing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the gateway waits for a downstream; where each downstream runs is the shared
 * {@link nl.starters.servicedefaults.branches.ServiceLocations} under the same prefix.
 *
 * @param timeout how long a downstream may take to start answering before the caller gets a 503
 * @param retryAfter how long an open circuit breaker keeps a downstream cut off; also the
 *     {@code Retry-After} the caller is given
 */
@ConfigurationProperties("community.routing")
public record RoutingProperties(
        @DefaultValue("5s") Duration timeout,
        @DefaultValue("10s") Duration retryAfter) {

    public RoutingProperties {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("community.routing.timeout must be positive");
        }
        if (retryAfter.toSeconds() < 1) {
            throw new IllegalArgumentException("community.routing.retry-after must be at least 1s");
        }
    }
}

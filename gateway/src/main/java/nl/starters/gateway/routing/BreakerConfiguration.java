package nl.starters.gateway.routing;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The same breaker settings for every downstream: cut a branch off once half of its last calls
 * failed (at least ten), keep it off for {@code retry-after}, then let three trial calls through.
 */
@Configuration(proxyBeanMethods = false)
class BreakerConfiguration {

    private static final Log log = LogFactory.getLog(BreakerConfiguration.class);

    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> breakerDefaults(RoutingProperties routing) {
        var breaker = CircuitBreakerConfig.custom()
                .slidingWindowSize(20)
                .minimumNumberOfCalls(10)
                .failureRateThreshold(50)
                .waitDurationInOpenState(routing.retryAfter())
                .permittedNumberOfCallsInHalfOpenState(3)
                .build();
        var limiter =
                TimeLimiterConfig.custom().timeoutDuration(routing.timeout()).build();
        return factory -> {
            factory.configureDefault(id -> new Resilience4JConfigBuilder(id)
                    .circuitBreakerConfig(breaker)
                    .timeLimiterConfig(limiter)
                    .build());
            logTransitions(factory.getCircuitBreakerRegistry());
        };
    }

    private static void logTransitions(CircuitBreakerRegistry registry) {
        registry.getEventPublisher()
                .onEntryAdded(added -> added.getAddedEntry()
                        .getEventPublisher()
                        .onStateTransition(event -> log.warn("Circuit breaker " + event.getCircuitBreakerName() + ": "
                                + event.getStateTransition().getFromState() + " -> "
                                + event.getStateTransition().getToState())));
    }
}

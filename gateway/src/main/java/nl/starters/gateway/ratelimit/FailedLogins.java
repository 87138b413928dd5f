package nl.starters.gateway.ratelimit;

import io.github.bucket4j.Bucket;
import java.time.Clock;
import java.util.Locale;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Failed logins per username and per client address (password guessing against one account, and
 * one client trying many accounts). Only failures count; a login that would be one too many is
 * refused before member-service hashes the password.
 */
@Component
public class FailedLogins {

    private final boolean enabled;
    private final Buckets byUsername;
    private final Buckets byAddress;

    FailedLogins(RateLimitProperties properties, Clock clock) {
        this.enabled = properties.enabled();
        this.byUsername = new Buckets(properties.failedLogins(), properties.failedLogins(), clock);
        this.byAddress = new Buckets(properties.failedLogins(), properties.failedLogins(), clock);
    }

    /** Fails with a 429 when this username or address has no attempt left this minute. */
    public Mono<Void> check(String username, String address) {
        return Mono.defer(() -> {
            if (!enabled) {
                return Mono.empty();
            }
            long wait =
                    Math.max(nanosToWait(byUsername.existing(key(username))), nanosToWait(byAddress.existing(address)));
            return wait > 0
                    ? Mono.error(new TooManyRequests(
                            "Too many failed logins for this account or from this address; try again later.", wait))
                    : Mono.empty();
        });
    }

    public Mono<Void> recordFailure(String username, String address) {
        return Mono.fromRunnable(() -> {
            if (enabled) {
                byUsername.of(key(username)).tryConsume(1);
                byAddress.of(address).tryConsume(1);
            }
        });
    }

    private static long nanosToWait(Bucket bucket) {
        if (bucket == null) {
            return 0;
        }
        var estimate = bucket.estimateAbilityToConsume(1);
        return estimate.canBeConsumed() ? 0 : estimate.getNanosToWaitForRefill();
    }

    private static String key(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }
}

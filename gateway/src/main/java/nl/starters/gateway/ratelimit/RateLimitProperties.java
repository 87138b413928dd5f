package nl.starters.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The gateway's rate limits, kept in memory per gateway instance.
 *
 * @param enabled off only for load tests
 * @param failedLogins failed logins allowed per minute, for one username and for one client address
 *     (counted apart: either one running out answers 429)
 * @param requests the general limit, per signed-in member or (anonymous) per client address
 */
@ConfigurationProperties("community.rate-limits")
public record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("10") int failedLogins,
        @DefaultValue Requests requests) {

    public RateLimitProperties {
        if (failedLogins < 1 || requests.perMinute() < 1 || requests.burst() < 1) {
            throw new IllegalArgumentException("community.rate-limits.* must be at least 1");
        }
    }

    /**
     * @param perMinute sustained requests a minute
     * @param burst how many requests may come at once after a quiet spell
     */
    public record Requests(
            @DefaultValue("600") int perMinute,
            @DefaultValue("200") int burst) {}
}

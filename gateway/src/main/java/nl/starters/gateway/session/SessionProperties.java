package nl.starters.gateway.session;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a browser session lives and when its access token is renewed.
 *
 * @param cookieName the session cookie (HttpOnly, SameSite=Lax, Secure behind TLS)
 * @param idleTimeout a session nobody used for this long is over
 * @param absoluteTimeout a session is over this long after the login, however busy
 * @param renewAhead the access token is renewed with the refresh token this long before it expires
 * @param cleanupInterval how often sessions that are over are deleted (and their refresh tokens revoked)
 */
@ConfigurationProperties("community.session")
public record SessionProperties(
        @DefaultValue("SESSION") String cookieName,
        @DefaultValue("30m") Duration idleTimeout,
        @DefaultValue("12h") Duration absoluteTimeout,
        @DefaultValue("1m") Duration renewAhead,
        @DefaultValue("10m") Duration cleanupInterval) {

    public SessionProperties {
        if (idleTimeout.compareTo(Duration.ofMinutes(1)) < 0 || absoluteTimeout.compareTo(idleTimeout) < 0) {
            throw new IllegalArgumentException(
                    "community.session.idle-timeout must be at least 1m and at most community.session.absolute-timeout");
        }
        if (renewAhead.isNegative() || cleanupInterval.isNegative() || cleanupInterval.isZero()) {
            throw new IllegalArgumentException(
                    "community.session.renew-ahead and cleanup-interval must not be negative");
        }
    }
}

package nl.starters.gateway.session;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A signed-in browser as the session store holds it: the member's current tokens and the times that
 * decide whether the session is still alive.
 *
 * @param idHash the SHA-256 of the cookie value (the cookie value itself is never stored)
 */
public record BrowserSession(
        String idHash,
        UUID memberId,
        String accessToken,
        Instant accessExpiresAt,
        String refreshToken,
        Instant createdAt,
        Instant lastSeenAt) {

    boolean isOver(Instant now, SessionProperties properties) {
        return !now.isBefore(lastSeenAt.plus(properties.idleTimeout()))
                || !now.isBefore(createdAt.plus(properties.absoluteTimeout()));
    }

    boolean renewalDue(Instant now, Duration ahead) {
        return !now.isBefore(accessExpiresAt.minus(ahead));
    }

    boolean accessTokenExpired(Instant now) {
        return !now.isBefore(accessExpiresAt);
    }
}

package nl.starters.member.tokens;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long tokens live: access tokens briefly (a role change or an erasure reaches every service within
 * one lifetime), refresh tokens for a day's session at most, counted from the login, however often rotated.
 *
 * @param cleanupInterval how often refresh tokens of ended sessions are deleted
 */
@ConfigurationProperties("community.identity")
record TokenProperties(
        @DefaultValue("15m") Duration accessTokenTtl,
        @DefaultValue("12h") Duration refreshTokenTtl,
        @DefaultValue("10m") Duration cleanupInterval) {}

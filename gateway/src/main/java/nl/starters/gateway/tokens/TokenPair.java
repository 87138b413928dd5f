package nl.starters.gateway.tokens;

/**
 * What member-service's token API answers: a short-lived access token and the refresh token that
 * renews it.
 *
 * @param expiresIn seconds the access token is valid for
 * @param refreshExpiresIn seconds the refresh token is valid for (absolute, from the login)
 */
public record TokenPair(
        String accessToken, String tokenType, long expiresIn, String refreshToken, long refreshExpiresIn) {}

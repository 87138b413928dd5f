package nl.starters.member.tokens;

/**
 * What a login or a refresh answers (to the gateway, which keeps it in the session, or to an API client).
 *
 * @param expiresIn seconds the access token lives
 * @param refreshExpiresIn seconds until the login session ends, however often the refresh token is rotated
 */
public record TokenPair(
        String accessToken, String tokenType, long expiresIn, String refreshToken, long refreshExpiresIn) {}

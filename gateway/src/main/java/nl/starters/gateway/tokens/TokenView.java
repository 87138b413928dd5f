package nl.starters.gateway.tokens;

/** A bearer token for an API client; no refresh token: the client logs in again when it expires. */
record TokenView(String accessToken, String tokenType, long expiresIn) {}

package nl.starters.gateway.session;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A session just started: the cookie value (only the browser keeps it) and the member's verified
 * access token.
 */
public record StartedSession(String id, Jwt accessToken) {}

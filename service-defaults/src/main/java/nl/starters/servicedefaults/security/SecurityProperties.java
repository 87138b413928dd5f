package nl.starters.servicedefaults.security;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What every service checks on a member's access token: signed by a key of member-service's JWKS,
 * by this issuer, for this audience.
 *
 * @param jwksUri member-service's published keys
 * @param issuer the {@code iss} member-service signs with
 * @param audience the {@code aud} every token of this federation carries
 */
@ConfigurationProperties("community.security")
public record SecurityProperties(
        @DefaultValue("http://member-service:8080/.well-known/jwks.json")
        URI jwksUri,

        @DefaultValue("https://starters.community") String issuer,
        @DefaultValue("starters-community") String audience) {}

package nl.starters.member.federation;

import com.nimbusds.jwt.JWTParser;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Checks an ID token the way a relying party must: from a configured provider (picked by its {@code iss}),
 * signed (RS256) by a key of that provider, for our client id, not expired, with a subject.
 */
@Component
class TrustedProviders {

    private final Map<String, Trusted> byIssuer;

    TrustedProviders(FederationProperties properties) {
        this.byIssuer = properties.providers().stream()
                .collect(Collectors.toUnmodifiableMap(
                        FederationProperties.Provider::issuer, TrustedProviders::trust, (a, b) -> a));
    }

    Mono<VerifiedLogin> verify(String idToken) {
        Trusted trusted = byIssuer.get(issuerOf(idToken));
        if (trusted == null) {
            return Mono.error(new UntrustedIdToken("it is not from a trusted bank login"));
        }
        return trusted.decoder()
                .decode(idToken)
                .onErrorMap(BadJwtException.class, bad -> new UntrustedIdToken(bad.getMessage()))
                .onErrorMap(
                        error -> error instanceof JwtException && !(error instanceof BadJwtException),
                        unreachable ->
                                new ProviderUnavailable(trusted.provider().issuer(), unreachable))
                .map(jwt -> login(trusted.provider(), jwt));
    }

    private static VerifiedLogin login(FederationProperties.Provider provider, Jwt jwt) {
        return new VerifiedLogin(
                provider.issuer(),
                jwt.getSubject(),
                jwt.getClaimAsString("name"),
                jwt.getClaimAsString("email"),
                jwt.getClaimAsString(provider.branchClaim()));
    }

    /** Only to pick the provider; the signature and every claim are checked by that provider's decoder. */
    private static String issuerOf(String idToken) {
        try {
            String issuer = JWTParser.parse(idToken).getJWTClaimsSet().getIssuer();
            return issuer == null ? "" : issuer;
        } catch (ParseException e) {
            return "";
        }
    }

    private static Trusted trust(FederationProperties.Provider provider) {
        NimbusReactiveJwtDecoder decoder = (provider.jwkSetUri() != null
                        ? NimbusReactiveJwtDecoder.withJwkSetUri(
                                provider.jwkSetUri().toString())
                        : NimbusReactiveJwtDecoder.withIssuerLocation(provider.issuer()))
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(List.of(
                JwtValidators.createDefaultWithIssuer(provider.issuer()),
                new JwtClaimValidator<List<String>>(
                        JwtClaimNames.AUD, audience -> audience != null && audience.contains(provider.audience())),
                new JwtClaimValidator<String>(JwtClaimNames.SUB, subject -> subject != null && !subject.isBlank()))));
        return new Trusted(provider, decoder);
    }

    private record Trusted(FederationProperties.Provider provider, ReactiveJwtDecoder decoder) {}
}

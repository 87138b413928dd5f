package nl.starters.member.tokens;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.starters.member.accounts.Member;
import nl.starters.member.keys.SigningKeys;
import nl.starters.servicedefaults.security.CommunityClaims;
import nl.starters.servicedefaults.security.SecurityProperties;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

/** Mints the federation's access tokens: RS256 with the signing key's {@code kid}, the claims of IDENTITY.md. */
@Component
class AccessTokens {

    private final NimbusJwtEncoder encoder;
    private final String keyId;
    private final SecurityProperties security;
    private final TokenProperties lifetimes;
    private final Clock clock;

    AccessTokens(SigningKeys keys, SecurityProperties security, TokenProperties lifetimes, Clock clock) {
        this.encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(keys.signingKey())));
        this.keyId = keys.signingKey().getKeyID();
        this.security = security;
        this.lifetimes = lifetimes;
        this.clock = clock;
    }

    String mint(Member member) {
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(security.issuer())
                .audience(List.of(security.audience()))
                .subject(member.id().toString())
                .issuedAt(now)
                .expiresAt(now.plus(lifetimes.accessTokenTtl()))
                .id(UUID.randomUUID().toString())
                .claim(CommunityClaims.ROLES, member.roles())
                .claim(CommunityClaims.BRANCH, member.homeBranch())
                .claim(CommunityClaims.NAME, member.displayName())
                .build();
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(keyId).build();
        return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }

    long lifetimeSeconds() {
        return lifetimes.accessTokenTtl().toSeconds();
    }
}

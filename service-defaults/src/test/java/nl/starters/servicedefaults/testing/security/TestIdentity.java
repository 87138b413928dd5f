package nl.starters.servicedefaults.testing.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.net.URI;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import nl.starters.servicedefaults.security.CommunityClaims;
import nl.starters.servicedefaults.security.Roles;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * Member-service's part in a service's tests: one RSA key per test JVM, its JWKS served on loopback
 * (the {@code community.security.jwks-uri} every test context gets), and access tokens for test
 * members signed exactly as member-service signs them.
 */
public final class TestIdentity {

    public static final String ISSUER = "https://starters.community";
    public static final String AUDIENCE = "starters-community";
    public static final String KEY_ID = "test-key";

    private static final RSAKey KEY = rsaKey(KEY_ID);
    private static DisposableServer jwksServer;

    private TestIdentity() {}

    /** The JWKS URI of the test key, started on first use and kept for the JVM. */
    public static synchronized URI jwksUri() {
        if (jwksServer == null) {
            String jwks = new JWKSet(KEY.toPublicJWK()).toString();
            jwksServer = HttpServer.create()
                    .host("127.0.0.1")
                    .port(0)
                    .route(routes -> routes.get(
                            "/.well-known/jwks.json",
                            (request, response) -> response.header("Content-Type", "application/json")
                                    .sendString(Mono.just(jwks))))
                    .bindNow();
            Runtime.getRuntime().addShutdownHook(new Thread(jwksServer::disposeNow));
        }
        return URI.create("http://127.0.0.1:" + jwksServer.port() + "/.well-known/jwks.json");
    }

    public static TestMember memberOf(String branch) {
        return new TestMember(UUID.randomUUID(), "Member of " + branch, branch, List.of(Roles.MEMBER));
    }

    public static TestMember staffOf(String branch) {
        return new TestMember(UUID.randomUUID(), "Staff of " + branch, branch, List.of(Roles.MEMBER, Roles.STAFF));
    }

    public static TestMember coordinator() {
        return new TestMember(UUID.randomUUID(), "Coordinator", "utrecht", List.of(Roles.MEMBER, Roles.COORDINATOR));
    }

    public static TestMember admin() {
        return new TestMember(UUID.randomUUID(), "Admin", "utrecht", List.of(Roles.MEMBER, Roles.ADMIN));
    }

    /** A valid token for this member: 15 minutes, the federation's issuer and audience. */
    public static String tokenFor(TestMember member) {
        return sign(member, claims -> {});
    }

    /** A token for this member with claims changed after the valid ones are set (for forged-token tests). */
    public static String sign(TestMember member, Consumer<JwtClaimsSet.Builder> changes) {
        return signWith(KEY, member, changes);
    }

    /** The public half of the test key, as the JWKS publishes it (for forgeries that abuse it). */
    static RSAKey publicKey() {
        return KEY.toPublicJWK();
    }

    /** A well-formed token signed by a key that is not in the JWKS. */
    public static String signedByAStranger(TestMember member) {
        return signWith(rsaKey(KEY_ID), member, claims -> {});
    }

    private static String signWith(RSAKey key, TestMember member, Consumer<JwtClaimsSet.Builder> changes) {
        Instant now = Instant.now();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .audience(List.of(AUDIENCE))
                .subject(member.id().toString())
                .issuedAt(now)
                .expiresAt(now.plus(Duration.ofMinutes(15)))
                .id(UUID.randomUUID().toString())
                .claim(CommunityClaims.ROLES, member.roles())
                .claim(CommunityClaims.BRANCH, member.branch())
                .claim(CommunityClaims.NAME, member.displayName());
        changes.accept(claims);
        var encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
        var header =
                JwsHeader.with(SignatureAlgorithm.RS256).keyId(key.getKeyID()).build();
        return encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
    }

    private static RSAKey rsaKey(String keyId) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(keyId)
                    .build();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

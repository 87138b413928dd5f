package nl.starters.member.testing;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Signing keys for the tests, generated once per JVM into a temporary directory as the PEM files a
 * deployment mounts (no private key is committed): a signing key and a retired key, published but no
 * longer signing.
 */
public final class TestSigningKeys {

    public static final String SIGNING_KEY_ID = "test-signing";
    public static final String RETIRED_KEY_ID = "test-retired";

    private static Path directory;
    private static KeyPair signing;
    private static KeyPair retired;

    private TestSigningKeys() {}

    static synchronized Map<String, Object> properties() {
        if (directory == null) {
            try {
                directory = Files.createTempDirectory("member-service-keys");
                directory.toFile().deleteOnExit();
                signing = generate();
                write(signing, "signing");
                retired = generate();
                write(retired, "retired");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Map.of(
                "community.identity.keys[0].id", SIGNING_KEY_ID,
                "community.identity.keys[0].private-key-location", location("signing-private.pem"),
                "community.identity.keys[0].public-key-location", location("signing-public.pem"),
                "community.identity.keys[1].id", RETIRED_KEY_ID,
                "community.identity.keys[1].public-key-location", location("retired-public.pem"));
    }

    /** A token as member-service signed it before the rotation: with the retired key. */
    public static String signedWithRetiredKey(UUID memberId, String branch) {
        properties();
        return sign(retired, RETIRED_KEY_ID, memberId, branch, claims -> {});
    }

    /** A token signed with member-service's current key, its valid claims changed by the test. */
    public static String sign(UUID memberId, String branch, Consumer<JwtClaimsSet.Builder> changes) {
        properties();
        return sign(signing, SIGNING_KEY_ID, memberId, branch, changes);
    }

    private static String sign(
            KeyPair pair, String keyId, UUID memberId, String branch, Consumer<JwtClaimsSet.Builder> changes) {
        RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                .privateKey((RSAPrivateKey) pair.getPrivate())
                .keyID(keyId)
                .build();
        Instant now = Instant.now();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer("https://starters.community")
                .audience(List.of("starters-community"))
                .subject(memberId.toString())
                .issuedAt(now)
                .expiresAt(now.plus(Duration.ofMinutes(5)))
                .claim("roles", List.of("MEMBER"))
                .claim("branch", branch)
                .claim("name", "Signed by the test");
        changes.accept(claims);
        return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)))
                .encode(JwtEncoderParameters.from(
                        JwsHeader.with(SignatureAlgorithm.RS256).keyId(keyId).build(), claims.build()))
                .getTokenValue();
    }

    /** Writes a key pair as {@code <name>-private.pem} (PKCS#8) and {@code <name>-public.pem} (X.509). */
    public static void write(KeyPair pair, Path directory, String name) throws IOException {
        Files.writeString(
                directory.resolve(name + "-private.pem"),
                pem("PRIVATE KEY", pair.getPrivate().getEncoded()),
                StandardCharsets.US_ASCII);
        Files.writeString(
                directory.resolve(name + "-public.pem"),
                pem("PUBLIC KEY", pair.getPublic().getEncoded()),
                StandardCharsets.US_ASCII);
    }

    public static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(KeyPair pair, String name) throws IOException {
        write(pair, directory, name);
        directory.resolve(name + "-private.pem").toFile().deleteOnExit();
        directory.resolve(name + "-public.pem").toFile().deleteOnExit();
    }

    private static String location(String file) {
        return "file:" + directory.resolve(file).toAbsolutePath();
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}

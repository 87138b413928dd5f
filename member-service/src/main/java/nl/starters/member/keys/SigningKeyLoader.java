package nl.starters.member.keys;

import com.nimbusds.jose.jwk.RSAKey;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.springframework.boot.ssl.pem.PemContent;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.security.converter.RsaKeyConverters;

/** Reads the configured PEM keys with Boot's and Spring Security's PEM support, and refuses a bad set. */
final class SigningKeyLoader {

    static final String HOW = "set community.identity.keys[0].id, .private-key-location and .public-key-location"
            + " (PEM files: a PKCS#8 private key and its X.509 SubjectPublicKeyInfo public key, e.g. file:/secrets/..."
            + "; `openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out private.pem`"
            + " and `openssl pkey -in private.pem -pubout -out public.pem`)";

    private final ResourceLoader resources;

    SigningKeyLoader(ResourceLoader resources) {
        this.resources = resources;
    }

    SigningKeys load(List<KeyProperties.Key> keys) {
        if (keys.isEmpty()) {
            throw new IllegalStateException("member-service signs access tokens but has no signing key: " + HOW);
        }
        RSAKey signing = null;
        List<RSAKey> published = new ArrayList<>();
        var ids = new HashSet<String>();
        for (int i = 0; i < keys.size(); i++) {
            KeyProperties.Key key = keys.get(i);
            String at = "community.identity.keys[" + i + "]";
            if (key.id() == null || key.id().isBlank() || !ids.add(key.id())) {
                throw new IllegalStateException(at + ".id must be set and unique among the keys");
            }
            if (key.publicKeyLocation() == null || key.publicKeyLocation().isBlank()) {
                throw new IllegalStateException(at + ".public-key-location is missing: " + HOW);
            }
            RSAPublicKey publicKey = publicKey(at, key.publicKeyLocation());
            published.add(SigningKeys.jwk(publicKey, key.id()).build());
            if (signing == null
                    && key.privateKeyLocation() != null
                    && !key.privateKeyLocation().isBlank()) {
                RSAPrivateCrtKey privateKey = privateKey(at, key.privateKeyLocation());
                if (!privateKey.getModulus().equals(publicKey.getModulus())) {
                    throw new IllegalStateException(at + ": the private key and the public key are not one pair");
                }
                signing = SigningKeys.jwk(publicKey, key.id())
                        .privateKey(privateKey)
                        .build();
            }
        }
        if (signing == null) {
            throw new IllegalStateException("member-service signs access tokens but none of community.identity.keys"
                    + " has a private key: " + HOW);
        }
        return new SigningKeys(signing, published);
    }

    private RSAPublicKey publicKey(String at, String location) {
        String pem = read(at, location);
        try {
            return RsaKeyConverters.x509().convert(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(
                    at + ".public-key-location " + location
                            + " holds no X.509 PEM RSA public key ('-----BEGIN PUBLIC KEY-----')",
                    e);
        }
    }

    private RSAPrivateCrtKey privateKey(String at, String location) {
        String pem = read(at, location);
        PrivateKey key;
        try {
            key = PemContent.of(pem).getPrivateKey();
        } catch (IllegalStateException e) {
            throw new IllegalStateException(
                    at + ".private-key-location " + location
                            + " holds no PKCS#8 PEM private key ('-----BEGIN PRIVATE KEY-----')",
                    e);
        }
        if (key instanceof RSAPrivateCrtKey rsa) {
            return rsa;
        }
        throw new IllegalStateException(at + ".private-key-location " + location + " holds no RSA private key");
    }

    private String read(String at, String location) {
        Resource resource = resources.getResource(location);
        if (!resource.exists()) {
            throw new IllegalStateException(at + ": there is no key file at " + location + "; " + HOW);
        }
        try {
            return resource.getContentAsString(StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(at + ": cannot read " + location, e);
        }
    }
}

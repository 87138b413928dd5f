package nl.starters.member.keys;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The keys member-service signs access tokens with: from configuration (a Kubernetes Secret; in the
 * embedded default generated once into the data directory), never made up at start. The first key with a
 * private key signs; every key is published, so a retired key (only {@code id} and
 * {@code public-key-location}) keeps its live tokens valid until they expire.
 */
@ConfigurationProperties("community.identity")
record KeyProperties(@DefaultValue List<Key> keys) {

    /**
     * @param id the {@code kid} of the JWKS and of every token signed with it
     * @param privateKeyLocation a Spring resource ({@code file:...}) holding a PKCS#8 PEM private key, or none
     * @param publicKeyLocation a Spring resource holding the X.509 SubjectPublicKeyInfo PEM public key
     */
    record Key(String id, String privateKeyLocation, String publicKeyLocation) {}
}

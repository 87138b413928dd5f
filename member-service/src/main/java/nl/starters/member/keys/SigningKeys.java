package nl.starters.member.keys;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;

/** The signing key (with its private part) and every published public key, as JWKs with their {@code kid}. */
public final class SigningKeys {

    private final RSAKey signingKey;
    private final JWKSet publicKeys;

    SigningKeys(RSAKey signingKey, List<RSAKey> publicKeys) {
        this.signingKey = signingKey;
        this.publicKeys = new JWKSet(List.copyOf(publicKeys));
    }

    static RSAKey.Builder jwk(RSAPublicKey key, String id) {
        return new RSAKey.Builder(key).keyID(id).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256);
    }

    /** The key that signs new tokens (holds the private key). */
    public RSAKey signingKey() {
        return signingKey;
    }

    /** Every key tokens may be signed with, public parts only. */
    public JWKSet publicKeys() {
        return publicKeys;
    }

    /** The JWKS document of {@code /.well-known/jwks.json}. */
    Map<String, Object> jwksDocument() {
        return publicKeys.toJSONObject(true);
    }
}

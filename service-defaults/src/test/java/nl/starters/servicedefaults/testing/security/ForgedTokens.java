package nl.starters.servicedefaults.testing.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.util.function.Consumer;

/**
 * Tokens an attacker would try against a service, beside the ones {@link TestIdentity} signs with
 * wrong claims: every one of them must be answered with a 401.
 */
public final class ForgedTokens {

    private ForgedTokens() {}

    /** The member's valid claims in an unsecured JWT: header {@code {"alg":"none"}}, no signature. */
    public static String unsigned(TestMember member) {
        return new PlainJWT(claimsOf(TestIdentity.tokenFor(member))).serialize();
    }

    /**
     * Algorithm confusion: HS256 keyed with the bytes of the published RSA public key, under the real
     * key id, as if a verifier would take the public key as an HMAC secret.
     */
    public static String hmacKeyedWithThePublicKey(TestMember member) {
        try {
            var header = new JWSHeader.Builder(JWSAlgorithm.HS256)
                    .keyID(TestIdentity.KEY_ID)
                    .build();
            var jwt = new SignedJWT(header, claimsOf(TestIdentity.tokenFor(member)));
            byte[] secret = TestIdentity.publicKey().toRSAPublicKey().getEncoded();
            jwt.sign(new MACSigner(secret));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A valid token whose claims were changed afterwards, its header and signature kept as they were. */
    public static String tampered(TestMember member, Consumer<JWTClaimsSet.Builder> change) {
        String[] parts = TestIdentity.tokenFor(member).split("\\.");
        var claims = new JWTClaimsSet.Builder(claimsOf(String.join(".", parts)));
        change.accept(claims);
        String payload = Base64URL.encode(claims.build().toString()).toString();
        return parts[0] + "." + payload + "." + parts[2];
    }

    private static JWTClaimsSet claimsOf(String token) {
        try {
            return SignedJWT.parse(token).getJWTClaimsSet();
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }
}

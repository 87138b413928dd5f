package nl.starters.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeyTests {

    @TempDir
    Path data;

    @Test
    void makesAMatchingRsaPairInPemOnce() throws Exception {
        SigningKey key = new SigningKey(data.resolve("identity"));

        key.ensure();
        String privatePem = Files.readString(key.privateKey());
        key.ensure();

        assertThat(Files.readString(key.privateKey())).as("kept, not made anew").isEqualTo(privatePem);
        assertThat(privatePem).startsWith("-----BEGIN PRIVATE KEY-----\n");
        var factory = KeyFactory.getInstance("RSA");
        var privateKey = (RSAPrivateCrtKey) factory.generatePrivate(new PKCS8EncodedKeySpec(der(privatePem)));
        var publicKey =
                (RSAPublicKey) factory.generatePublic(new X509EncodedKeySpec(der(Files.readString(key.publicKey()))));
        assertThat(publicKey.getModulus()).isEqualTo(privateKey.getModulus());
        assertThat(publicKey.getModulus().bitLength()).isEqualTo(2048);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key.privateKey())))
                .isEqualTo("rw-------");
    }

    private static byte[] der(String pem) {
        return Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
    }
}

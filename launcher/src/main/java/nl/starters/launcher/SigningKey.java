package nl.starters.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;

/**
 * The embedded default's token signing key: an RSA pair made once and kept in the data directory,
 * so tokens and sessions outlive a restart. A deployment mounts its keys from a Secret instead.
 *
 * @param directory where the PEM files live ({@code .data/identity})
 */
record SigningKey(Path directory) {

    static final String ID = "embedded-1";

    Path privateKey() {
        return directory.resolve(ID + ".key.pem");
    }

    Path publicKey() {
        return directory.resolve(ID + ".pub.pem");
    }

    /** member-service's settings for this key. */
    List<String> arguments() {
        return List.of(
                "--community.identity.keys[0].id=" + ID,
                "--community.identity.keys[0].private-key-location=file:"
                        + privateKey().toAbsolutePath(),
                "--community.identity.keys[0].public-key-location=file:"
                        + publicKey().toAbsolutePath());
    }

    /** Makes the pair unless both files are there. */
    void ensure() {
        if (Files.isRegularFile(privateKey()) && Files.isRegularFile(publicKey())) {
            return;
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(directory);
            write(privateKey(), "PRIVATE KEY", pair.getPrivate().getEncoded());
            Files.setPosixFilePermissions(privateKey(), PosixFilePermissions.fromString("rw-------"));
            write(publicKey(), "PUBLIC KEY", pair.getPublic().getEncoded());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JDK has no RSA key generator", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the signing key to " + directory, e);
        }
    }

    /** PKCS#8 or X.509 DER as PEM, the form Spring Boot's PEM support reads. */
    private static void write(Path file, String label, byte[] der) throws IOException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der);
        Files.writeString(file, "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n");
    }
}

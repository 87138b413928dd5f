package nl.starters.member.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.starters.member.testing.TestSigningKeys;
import nl.starters.servicedefaults.security.SecurityProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.DefaultResourceLoader;

class SigningKeyLoaderTests {

    @TempDir
    Path keys;

    final SigningKeyLoader loader = new SigningKeyLoader(new DefaultResourceLoader());

    @Test
    void refusesToStartWithoutAKey() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of())
                .withUserConfiguration(Properties.class, KeyConfiguration.class)
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("has no signing key")
                        .hasMessageContaining("community.identity.keys[0].id"));
    }

    @Test
    void signsWithTheFirstKeyThatHasAPrivateKeyAndPublishesAll() throws Exception {
        TestSigningKeys.write(TestSigningKeys.generate(), keys, "old");
        TestSigningKeys.write(TestSigningKeys.generate(), keys, "new");

        SigningKeys loaded = loader.load(List.of(
                new KeyProperties.Key("2025", null, location("old-public.pem")),
                new KeyProperties.Key("2026", location("new-private.pem"), location("new-public.pem"))));

        assertThat(loaded.signingKey().getKeyID()).isEqualTo("2026");
        assertThat(loaded.signingKey().isPrivate()).isTrue();
        assertThat(loaded.publicKeys().getKeys())
                .extracting(key -> key.getKeyID())
                .containsExactly("2025", "2026");
        assertThat(loaded.publicKeys().getKeys()).noneMatch(key -> key.isPrivate());
    }

    @Test
    void refusesKeysWithoutAPrivateOne() throws Exception {
        TestSigningKeys.write(TestSigningKeys.generate(), keys, "old");
        assertThatIllegalStateException()
                .isThrownBy(() -> loader.load(List.of(new KeyProperties.Key("2025", null, location("old-public.pem")))))
                .withMessageContaining("none of community.identity.keys has a private key");
    }

    @Test
    void refusesAPrivateKeyThatDoesNotBelongToThePublicKey() throws Exception {
        TestSigningKeys.write(TestSigningKeys.generate(), keys, "a");
        TestSigningKeys.write(TestSigningKeys.generate(), keys, "b");
        assertThatIllegalStateException()
                .isThrownBy(() -> loader.load(
                        List.of(new KeyProperties.Key("k", location("a-private.pem"), location("b-public.pem")))))
                .withMessageContaining("not one pair");
    }

    @Test
    void namesAMissingKeyFile() {
        assertThatIllegalStateException()
                .isThrownBy(() -> loader.load(
                        List.of(new KeyProperties.Key("k", location("nope.pem"), location("nope-public.pem")))))
                .withMessageContaining("community.identity.keys[0]: there is no key file at");
    }

    @Test
    void namesAFileThatHoldsNoKey() throws Exception {
        Files.writeString(keys.resolve("junk.pem"), "not a key");
        assertThatIllegalStateException()
                .isThrownBy(() -> loader.load(List.of(new KeyProperties.Key("k", null, location("junk.pem")))))
                .withMessageContaining("holds no X.509 PEM RSA public key");
    }

    @Test
    void refusesTwoKeysWithTheSameId() throws Exception {
        TestSigningKeys.write(TestSigningKeys.generate(), keys, "a");
        var key = new KeyProperties.Key("same", location("a-private.pem"), location("a-public.pem"));
        assertThatIllegalStateException()
                .isThrownBy(() -> loader.load(List.of(key, key)))
                .withMessageContaining("community.identity.keys[1].id must be set and unique");
    }

    private String location(String file) {
        return "file:" + keys.resolve(file).toAbsolutePath();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({KeyProperties.class, SecurityProperties.class})
    static class Properties {}
}

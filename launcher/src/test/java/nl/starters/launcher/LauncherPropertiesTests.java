package nl.starters.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LauncherPropertiesTests {

    @Test
    void defaultsToTheDocumentedPortsAndADataDirectoryUnderTheRepository() {
        LauncherProperties properties = LauncherProperties.bind(Map.of());

        assertThat(properties.ports())
                .isEqualTo(new Ports(8080, 9080, 8081, 9081, 8082, 9082, 8101, 9101, 15432, 19092, 19093));
        assertThat(properties.data())
                .isEqualTo(Path.of(".data").toAbsolutePath().normalize());
        assertThat(properties.fresh()).isFalse();
        assertThat(properties.startTimeout()).isEqualTo(Duration.ofSeconds(240));
    }

    @Test
    void takesSettingsInTheCommandLineForm() {
        LauncherProperties properties = LauncherProperties.bind(Map.of(
                "launcher.ports.gateway", "9000", "launcher.fresh", "true", "launcher.data-dir", "/tmp/federation"));

        assertThat(properties.ports().gateway()).isEqualTo(9000);
        assertThat(properties.ports().member()).isEqualTo(8081);
        assertThat(properties.fresh()).isTrue();
        assertThat(properties.data()).isEqualTo(Path.of("/tmp/federation"));
    }

    @Test
    void shiftsEveryPortByTheSameOffset() {
        Ports shifted = new Ports(8080, 9080, 8081, 9081, 8082, 9082, 8101, 9101, 15432, 19092, 19093).shiftedBy(2000);

        assertThat(shifted)
                .isEqualTo(new Ports(10080, 11080, 10081, 11081, 10082, 11082, 10101, 11101, 17432, 21092, 21093));
    }

    @Test
    void readsFreshAsShortForTheSetting() {
        assertThat(LauncherApplication.arguments(new String[] {"--fresh", "--launcher.ports.gateway=9000"}))
                .containsExactly("--launcher.fresh=true", "--launcher.ports.gateway=9000");
    }
}

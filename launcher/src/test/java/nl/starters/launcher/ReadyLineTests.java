package nl.starters.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReadyLineTests {

    private final FederationPlan plan = FederationPlan.of(LauncherProperties.bind(Map.of()), BranchesFixture.THREE);

    @Test
    void tellsTheTimeTheGatewayTheBranchesAndHowToStartFresh() {
        String line = ReadyLine.of(Duration.ofMillis(41_230), plan, Path.of("/repo"), Path.of("/repo/.data"));

        assertThat(line)
                .isEqualTo("READY in 41.2 s — http://localhost:8080 (gateway) · branches utrecht, groningen, eindhoven"
                        + " · data in .data (start fresh: ./run.sh --fresh)");
    }

    @Test
    void showsADataDirectoryOutsideTheRepositoryInFull() {
        String line = ReadyLine.of(Duration.ofSeconds(3), plan, Path.of("/repo"), Path.of("/var/federation"));

        assertThat(line).contains("data in /var/federation");
    }
}

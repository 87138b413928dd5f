package nl.starters.branch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.starters.servicedefaults.testing.TestPorts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class DatabaseStartupTests {

    @Test
    void givesUpNamingTheDatabaseItCouldNotReach(CapturedOutput output) {
        int closedPort = TestPorts.unused();

        assertThatThrownBy(() -> new SpringApplicationBuilder(LocalBranchApplication.class)
                        .run(
                                "--server.port=0",
                                "--management.server.port=0",
                                "--community.database.host=127.0.0.1",
                                "--community.database.port=" + closedPort,
                                "--spring.flyway.connect-retries=1",
                                "--spring.flyway.connect-retries-interval=1",
                                "--spring.kafka.bootstrap-servers=127.0.0.1:" + closedPort))
                .isNotNull();

        assertThat(output)
                .contains("Could not reach the database jdbc:postgresql://127.0.0.1:" + closedPort + "/branch_utrecht")
                .contains("after 1 retries");
    }
}

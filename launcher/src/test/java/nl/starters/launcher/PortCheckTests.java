package nl.starters.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortCheckTests {

    @Test
    void namesThePortItsOwnerAndTheSettingWhenThePortIsInUse() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("127.0.0.1", 0));
            int port = taken.getLocalPort();

            List<String> problems =
                    PortCheck.problems(List.of(new PortClaim(port, "the gateway", "launcher.ports.gateway")));

            assertThat(problems)
                    .singleElement()
                    .asString()
                    .contains("Port " + port + " is already in use")
                    .contains("the gateway")
                    .contains("--launcher.ports.gateway=<port>");
        }
    }

    @Test
    void reportsNothingWhenEveryPortIsFree() throws Exception {
        int port = freePort();

        assertThat(PortCheck.problems(List.of(new PortClaim(port, "PostgreSQL", "launcher.ports.postgres"))))
                .isEmpty();
    }

    @Test
    void reportsAPortThatTwoProcessesWant() throws Exception {
        int port = freePort();

        List<String> problems = PortCheck.problems(List.of(
                new PortClaim(port, "member-service", "launcher.ports.member"),
                new PortClaim(port, "branch utrecht", "launcher.ports.branch-base")));

        assertThat(problems)
                .singleElement()
                .asString()
                .contains("wanted by both member-service and branch utrecht")
                .contains("--launcher.ports.branch-base=<port>");
    }

    @Test
    void checksEveryPortOfTheDefaultPlan() {
        FederationPlan plan = FederationPlan.of(LauncherProperties.bind(java.util.Map.of()), BranchesFixture.THREE);

        assertThat(plan.claims())
                .extracting(PortClaim::port)
                .containsExactlyInAnyOrder(
                        15432, 19092, 19093, 8081, 9081, 8082, 9082, 8101, 9101, 8102, 9102, 8103, 9103, 8080, 9080);
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

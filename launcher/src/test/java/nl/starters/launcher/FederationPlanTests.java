package nl.starters.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FederationPlanTests {

    private final FederationPlan plan = FederationPlan.of(LauncherProperties.bind(Map.of()), BranchesFixture.THREE);

    @Test
    void startsMemberServiceNationalForumAndOneInstancePerBranch() {
        assertThat(plan.services())
                .extracting(ServiceSpec::name)
                .containsExactly(
                        "member-service",
                        "national-forum-service",
                        "branch-utrecht",
                        "branch-groningen",
                        "branch-eindhoven");
        assertThat(plan.processes()).last().extracting(ServiceSpec::name).isEqualTo("gateway");
    }

    @Test
    void givesEachBranchItsPortsInRegistryOrderAndItsOwnDatabase() {
        ServiceSpec groningen = service("branch-groningen");

        assertThat(groningen.module()).isEqualTo("local-branch-service");
        assertThat(groningen.arguments())
                .contains(
                        "--server.port=8102",
                        "--management.server.port=9102",
                        "--community.branch.id=groningen",
                        "--community.database.name=branch_groningen",
                        "--community.database.port=15432",
                        "--spring.kafka.bootstrap-servers=127.0.0.1:19092");
    }

    @Test
    void pointsTheGatewayAtEveryService() {
        assertThat(plan.gateway().arguments())
                .contains(
                        "--server.port=8080",
                        "--management.server.port=9080",
                        "--community.routing.member-service-uri=http://127.0.0.1:8081",
                        "--community.routing.national-forum-uri=http://127.0.0.1:8082",
                        "--community.routing.branch-uris.utrecht=http://127.0.0.1:8101",
                        "--community.routing.branch-uris.eindhoven=http://127.0.0.1:8103",
                        "--community.database.name=gateway");
    }

    @Test
    void tellsMemberServiceWhereTheBranchesAndTheNationalForumAreForTheExport() {
        ServiceSpec member = plan.processes().stream()
                .filter(service -> service.name().equals(FederationPlan.MEMBER))
                .findFirst()
                .orElseThrow();
        assertThat(member.arguments())
                .contains(
                        "--community.routing.national-forum-uri=http://127.0.0.1:8082",
                        "--community.routing.branch-uris.utrecht=http://127.0.0.1:8101",
                        "--community.routing.branch-uris.groningen=http://127.0.0.1:8102");
    }

    @Test
    void givesEveryServiceMemberServicesKeysAndTheEmbeddedProfile() {
        assertThat(plan.processes())
                .allSatisfy(service -> assertThat(service.arguments())
                        .contains(
                                "--spring.profiles.active=embedded",
                                "--community.security.jwks-uri=http://127.0.0.1:8081/.well-known/jwks.json"));
        assertThat(service("member-service").arguments())
                .contains("--community.identity.keys[0].id=embedded-1")
                .anyMatch(argument -> argument.startsWith("--community.identity.keys[0].private-key-location=file:")
                        && argument.endsWith("/identity/embedded-1.key.pem"));
        assertThat(service("branch-utrecht").arguments()).noneMatch(argument -> argument.contains("private-key"));
    }

    @Test
    void createsADatabasePerDatabaseOwningService() {
        assertThat(plan.databases())
                .containsExactly(
                        "member",
                        "national_forum",
                        "gateway",
                        "branch_utrecht",
                        "branch_groningen",
                        "branch_eindhoven");
    }

    @Test
    void followsPortSettings() {
        LauncherProperties properties =
                LauncherProperties.bind(Map.of("launcher.ports.gateway", "9000", "launcher.ports.postgres", "25432"));

        FederationPlan moved = FederationPlan.of(properties, BranchesFixture.THREE);

        assertThat(moved.gateway().port()).isEqualTo(9000);
        assertThat(moved.services().get(0).arguments()).contains("--community.database.port=25432");
    }

    @Test
    void runsEachServiceJarWithTheLeanJvmOptionsFromTheRepositoryRoot() {
        LauncherProperties properties = LauncherProperties.bind(Map.of());
        Path root = Path.of("/repo");

        List<String> command =
                service("member-service").command(Path.of("/jdk/bin/java"), properties.jvmOptions(), root);

        assertThat(command)
                .startsWith("/jdk/bin/java")
                .contains("-XX:+UseSerialGC", "-Xmx192m")
                .containsSubsequence("-jar", "/repo/member-service/target/member-service.jar", "--server.port=8081");
    }

    private ServiceSpec service(String name) {
        return plan.services().stream()
                .filter(service -> service.name().equals(name))
                .findFirst()
                .orElseThrow();
    }
}

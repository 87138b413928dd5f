package nl.starters.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.starters.servicedefaults.branches.Branch;

/** Builds each service's command-line arguments: its ports, its database, the broker and its routes. */
final class ServiceArguments {

    private static final String LOOPBACK = "127.0.0.1";
    /** member-service creates the demo accounts under this profile, and only under it. */
    static final String EMBEDDED_PROFILE = "embedded";

    private final Ports ports;
    private final SigningKey signingKey;

    ServiceArguments(Ports ports, SigningKey signingKey) {
        this.ports = ports;
        this.signingKey = signingKey;
    }

    /** member-service: its keys, and where the branches and the national forum are (for the GDPR export). */
    ServiceSpec memberService(Map<String, Integer> branchPorts) {
        ServiceSpec spec = backend(
                FederationPlan.MEMBER, FederationPlan.MEMBER, ports.member(), ports.memberManagement(), "member");
        List<String> arguments = new ArrayList<>(spec.arguments());
        arguments.addAll(signingKey.arguments());
        arguments.addAll(locations(branchPorts));
        return new ServiceSpec(spec.name(), spec.module(), spec.port(), spec.managementPort(), List.copyOf(arguments));
    }

    ServiceSpec backend(String name, String module, int port, int management, String database) {
        List<String> arguments = new ArrayList<>(common(port, management));
        arguments.addAll(database(database));
        return new ServiceSpec(name, module, port, management, List.copyOf(arguments));
    }

    private List<String> database(String name) {
        return List.of(
                "--community.database.host=" + LOOPBACK,
                "--community.database.port=" + ports.postgres(),
                "--community.database.name=" + name);
    }

    ServiceSpec branch(Branch branch, int port, int management) {
        ServiceSpec spec = backend(
                "branch-" + branch.id(), FederationPlan.BRANCH, port, management, FederationPlan.databaseOf(branch));
        List<String> arguments = new ArrayList<>(spec.arguments());
        arguments.add("--community.branch.id=" + branch.id());
        return new ServiceSpec(spec.name(), spec.module(), port, management, List.copyOf(arguments));
    }

    ServiceSpec gateway(Map<String, Integer> branchPorts) {
        List<String> arguments = new ArrayList<>(common(ports.gateway(), ports.gatewayManagement()));
        arguments.addAll(database(FederationPlan.GATEWAY));
        arguments.addAll(locations(branchPorts));
        return new ServiceSpec(
                FederationPlan.GATEWAY,
                FederationPlan.GATEWAY,
                ports.gateway(),
                ports.gatewayManagement(),
                List.copyOf(arguments));
    }

    /** Where every service runs ({@code ServiceLocations}), for the gateway's routes and member-service's calls. */
    private List<String> locations(Map<String, Integer> branchPorts) {
        List<String> arguments = new ArrayList<>();
        arguments.add("--community.routing.member-service-uri=" + uri(ports.member()));
        arguments.add("--community.routing.national-forum-uri=" + uri(ports.national()));
        branchPorts.forEach((id, port) -> arguments.add("--community.routing.branch-uris." + id + "=" + uri(port)));
        return arguments;
    }

    static List<PortClaim> claims(ServiceSpec service) {
        String setting = setting(service);
        String owner = service.name().startsWith("branch-")
                ? "branch " + service.name().substring("branch-".length()) + " (" + service.module() + ")"
                : service.name();
        return List.of(
                new PortClaim(service.port(), owner, setting),
                new PortClaim(service.managementPort(), owner + " (management)", managementSetting(setting)));
    }

    private static String setting(ServiceSpec service) {
        return switch (service.module()) {
            case FederationPlan.MEMBER -> "launcher.ports.member";
            case FederationPlan.NATIONAL -> "launcher.ports.national";
            case FederationPlan.BRANCH -> "launcher.ports.branch-base";
            default -> "launcher.ports.gateway";
        };
    }

    private static String managementSetting(String setting) {
        return setting.endsWith("-base") ? "launcher.ports.branch-management-base" : setting + "-management";
    }

    /** Every process: its ports, the broker, member-service's keys, and the profile that allows demo accounts. */
    private List<String> common(int port, int management) {
        return List.of(
                "--server.port=" + port,
                "--management.server.port=" + management,
                "--spring.profiles.active=" + EMBEDDED_PROFILE,
                "--spring.kafka.bootstrap-servers=" + LOOPBACK + ":" + ports.kafka(),
                "--community.security.jwks-uri=" + uri(ports.member()) + "/.well-known/jwks.json");
    }

    private static String uri(int port) {
        return "http://" + LOOPBACK + ":" + port;
    }
}

package nl.starters.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.starters.servicedefaults.branches.Branch;

/** Builds each service's command-line arguments: its ports, its database, the broker and its routes. */
final class ServiceArguments {

    private static final String LOOPBACK = "127.0.0.1";

    private final Ports ports;

    ServiceArguments(Ports ports) {
        this.ports = ports;
    }

    ServiceSpec backend(String name, String module, int port, int management, String database) {
        List<String> arguments = new ArrayList<>(common(port, management));
        arguments.add("--community.database.host=" + LOOPBACK);
        arguments.add("--community.database.port=" + ports.postgres());
        arguments.add("--community.database.name=" + database);
        return new ServiceSpec(name, module, port, management, List.copyOf(arguments));
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
        arguments.add("--community.routing.member-service-uri=" + uri(ports.member()));
        arguments.add("--community.routing.national-forum-uri=" + uri(ports.national()));
        branchPorts.forEach((id, port) -> arguments.add("--community.routing.branch-uris." + id + "=" + uri(port)));
        return new ServiceSpec(
                FederationPlan.GATEWAY,
                FederationPlan.GATEWAY,
                ports.gateway(),
                ports.gatewayManagement(),
                List.copyOf(arguments));
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

    private List<String> common(int port, int management) {
        return List.of(
                "--server.port=" + port,
                "--management.server.port=" + management,
                "--spring.kafka.bootstrap-servers=" + LOOPBACK + ":" + ports.kafka());
    }

    private static String uri(int port) {
        return "http://" + LOOPBACK + ":" + port;
    }
}

package nl.starters.launcher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.starters.servicedefaults.branches.Branch;

/**
 * What to start and where, worked out from the settings and the branch registry before anything
 * runs — so ports and arguments can be checked (and tested) without starting a process.
 *
 * @param services member-service, national-forum-service and one local-branch-service per branch
 */
public record FederationPlan(
        List<Branch> branches, List<ServiceSpec> services, ServiceSpec gateway, List<PortClaim> infrastructure) {

    static final String MEMBER = "member-service";
    static final String NATIONAL = "national-forum-service";
    static final String BRANCH = "local-branch-service";
    static final String GATEWAY = "gateway";

    /** The plan for these settings and branches. */
    /** The database of a branch's instance, as local-branch-service names it by default. */
    public static String databaseOf(Branch branch) {
        return "branch_" + branch.id();
    }

    public static FederationPlan of(LauncherProperties properties, List<Branch> branches) {
        Ports ports = properties.ports();
        ServiceArguments arguments = new ServiceArguments(ports, new DataLayout(properties.data()).signingKey());
        Map<String, Integer> branchPorts = new LinkedHashMap<>();
        for (int i = 0; i < branches.size(); i++) {
            branchPorts.put(branches.get(i).id(), ports.branchBase() + i);
        }
        List<ServiceSpec> services = new ArrayList<>();
        services.add(arguments.memberService(branchPorts));
        services.add(
                arguments.backend(NATIONAL, NATIONAL, ports.national(), ports.nationalManagement(), "national_forum"));
        for (int i = 0; i < branches.size(); i++) {
            services.add(arguments.branch(branches.get(i), ports.branchBase() + i, ports.branchManagementBase() + i));
        }
        ServiceSpec gateway = arguments.gateway(branchPorts);
        List<PortClaim> infrastructure = List.of(
                new PortClaim(ports.postgres(), "PostgreSQL", "launcher.ports.postgres"),
                new PortClaim(ports.kafka(), "the Kafka broker", "launcher.ports.kafka"),
                new PortClaim(ports.kafkaController(), "the Kafka controller", "launcher.ports.kafka-controller"));
        return new FederationPlan(List.copyOf(branches), List.copyOf(services), gateway, infrastructure);
    }

    /** Every port the federation will listen on, each with its owner and setting. */
    public List<PortClaim> claims() {
        Stream<PortClaim> processes = Stream.concat(services.stream(), Stream.of(gateway))
                .flatMap(service -> ServiceArguments.claims(service).stream());
        return Stream.concat(infrastructure.stream(), processes).toList();
    }

    /** The databases to create: one per database-owning service. */
    public List<String> databases() {
        return Stream.concat(
                        Stream.of("member", "national_forum", GATEWAY),
                        branches.stream().map(FederationPlan::databaseOf))
                .toList();
    }

    /** The service JVM of this name ({@code member-service}, {@code branch-utrecht}, {@code gateway} …). */
    public ServiceSpec service(String name) {
        return processes().stream()
                .filter(service -> service.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No service " + name));
    }

    /** Every service JVM, the gateway last. */
    public List<ServiceSpec> processes() {
        return Stream.concat(services.stream(), Stream.of(gateway)).toList();
    }
}

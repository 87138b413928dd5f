package nl.starters.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.starters.launcher.DataLayout;
import nl.starters.launcher.LauncherProperties;
import nl.starters.launcher.Leftovers;
import nl.starters.launcher.Readiness;
import nl.starters.launcher.ServiceProcess;
import nl.starters.launcher.ServiceSpec;
import nl.starters.servicedefaults.testing.PostgresServer;
import nl.starters.servicedefaults.testing.ProxiedInfrastructure;
import nl.starters.servicedefaults.testing.TestPorts;
import nl.starters.servicedefaults.testing.security.TestIdentity;
import nl.starters.servicedefaults.testing.security.TestMember;

/**
 * Branch utrecht and the national forum as their real jars, started by the launcher's own process code,
 * on a database each and a KRaft broker that clients reach only through a TCP proxy a test can cut
 * ({@link ProxiedInfrastructure}); tokens from {@link TestIdentity}. The national forum can be killed
 * (SIGKILL) and started again on the same database, ports and consumer group.
 */
final class PromotionRig implements AutoCloseable {

    static final String BRANCH = "utrecht";
    private static final Duration START = Duration.ofSeconds(240);
    private static final Duration STOP = Duration.ofSeconds(20);

    private final ProxiedInfrastructure infrastructure = ProxiedInfrastructure.get();
    private final Path root =
            Path.of(System.getProperty("basedir", "")).toAbsolutePath().getParent();
    private final DataLayout layout = new DataLayout(root.resolve("e2e/target/promotion-rig")).create();
    private final Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    private final List<String> jvmOptions = LauncherProperties.bind(Map.of()).jvmOptions();
    private final ServiceSpec branch;
    private final ServiceSpec national;
    private final RigDatabase branchDatabase;
    private final RigDatabase nationalDatabase;
    private final List<ServiceProcess> running = new ArrayList<>();
    private ServiceProcess nationalProcess;
    private int nationalStarts;

    private PromotionRig() {
        PostgresServer postgres = infrastructure.postgres();
        branchDatabase = new RigDatabase(postgres, postgres.createDatabase("branch_" + BRANCH));
        nationalDatabase = new RigDatabase(postgres, postgres.createDatabase("national_forum"));
        branch =
                spec("rig-branch-" + BRANCH, "local-branch-service", branchDatabase, "--community.branch.id=" + BRANCH);
        national = spec("rig-national", "national-forum-service", nationalDatabase);
    }

    /** Both services started side by side and ready; everything stopped again if either fails. */
    static PromotionRig start() throws InterruptedException {
        PromotionRig rig = new PromotionRig();
        Leftovers.stop(rig.layout); // what an earlier run that was killed hard left running
        Runtime.getRuntime().addShutdownHook(new Thread(rig::close, "promotion-rig-stop"));
        try {
            ServiceProcess branch = rig.launch(rig.branch);
            rig.nationalProcess = rig.launch(rig.national);
            new Readiness().await(List.of(branch, rig.nationalProcess), START);
            return rig;
        } catch (RuntimeException | InterruptedException e) {
            rig.close();
            throw e;
        }
    }

    /** A client of branch utrecht's service itself (no gateway), acting as this member. */
    Gateway branch(TestMember member) {
        return new Gateway(branch.port()).withBearer(member.token());
    }

    /** A client of the national forum's service itself, acting as this member. */
    Gateway national(TestMember member) {
        return new Gateway(national.port()).withBearer(member.token());
    }

    ProxiedInfrastructure infrastructure() {
        return infrastructure;
    }

    RigDatabase branchDatabase() {
        return branchDatabase;
    }

    RigDatabase nationalDatabase() {
        return nationalDatabase;
    }

    /** SIGKILL: no graceful shutdown, no offset commit, no last relay run. */
    void killNational() throws InterruptedException {
        nationalProcess.kill();
        nationalProcess.awaitExit(System.nanoTime() + STOP.toNanos());
        synchronized (running) {
            running.remove(nationalProcess);
        }
    }

    /** The national forum again, on the same database, ports and consumer group (its own log file). */
    void restartNational() throws InterruptedException {
        ServiceSpec again = new ServiceSpec(
                national.name() + "-" + (++nationalStarts),
                national.module(),
                national.port(),
                national.managementPort(),
                national.arguments());
        nationalProcess = launch(again);
        new Readiness().await(List.of(nationalProcess), START);
    }

    private ServiceProcess launch(ServiceSpec spec) {
        ServiceProcess process = ServiceProcess.start(spec, spec.command(java, jvmOptions, root), root, layout);
        synchronized (running) {
            running.add(process);
        }
        return process;
    }

    private ServiceSpec spec(String name, String module, RigDatabase database, String... extra) {
        PostgresServer postgres = infrastructure.postgres();
        int port = TestPorts.unused();
        int management = TestPorts.unused();
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=" + port,
                "--management.server.port=" + management,
                "--spring.kafka.bootstrap-servers=" + infrastructure.bootstrapServers(),
                "--community.security.jwks-uri=" + TestIdentity.jwksUri(),
                "--community.database.host=" + postgres.host(),
                "--community.database.port=" + postgres.port(),
                "--community.database.name=" + database.name(),
                "--community.database.username=" + postgres.username(),
                "--community.database.password=" + postgres.password()));
        arguments.addAll(List.of(extra));
        return new ServiceSpec(name, module, port, management, List.copyOf(arguments));
    }

    /** SIGTERM to what still runs, then force after the stop timeout; the proxies are left open. */
    @Override
    public void close() {
        List<ServiceProcess> all;
        synchronized (running) {
            all = List.copyOf(running);
            running.clear();
        }
        all.forEach(ServiceProcess::requestStop);
        long deadline = System.nanoTime() + STOP.toNanos();
        for (ServiceProcess process : all) {
            try {
                process.awaitExit(deadline);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                all.forEach(ServiceProcess::kill);
                return;
            }
        }
        infrastructure.reconnect();
    }
}

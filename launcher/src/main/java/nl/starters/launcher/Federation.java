package nl.starters.launcher;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * The whole federation on this machine — PostgreSQL, Kafka and every service JVM — started in
 * order and stopped in reverse. The run command and the e2e tests both start it through here.
 */
public final class Federation implements AutoCloseable {

    private final LauncherProperties properties;
    private final FederationPlan plan;
    private final DataLayout layout;
    private final Consumer<String> out;
    private final Infrastructure infrastructure = new Infrastructure();
    private final ServiceGroup services;
    private final long created = System.nanoTime();
    private PidFile launcherPid;

    /** A federation for these settings; reads the branch registry, starts nothing yet. */
    public Federation(LauncherProperties properties, Consumer<String> out) {
        this.properties = properties;
        this.plan = FederationPlan.of(properties, BranchRegistry.read(properties.root()));
        this.layout = new DataLayout(properties.data());
        this.out = out;
        this.services = new ServiceGroup(properties, layout);
    }

    /** Starts everything and returns once every service answers {@code /readyz}; stops all on failure. */
    public Federation start() throws InterruptedException {
        try {
            prepare();
            startInfrastructure();
            out.accept("PostgreSQL on " + properties.ports().postgres() + " and Kafka on " + bootstrapServers()
                    + " are up; starting " + plan.processes().size() + " services (logs in " + layout.logs() + ")");
            startServices();
            return this;
        } catch (RuntimeException | InterruptedException e) {
            close();
            throw e;
        }
    }

    /** PostgreSQL and Kafka start side by side; a failure of either is reported once both are settled. */
    private void startInfrastructure() {
        Ports ports = properties.ports();
        CompletableFuture<Void> kafka = CompletableFuture.runAsync(
                () -> infrastructure.startKafka(layout.kafka(), ports.kafka(), ports.kafkaController()));
        RuntimeException failure = null;
        try {
            infrastructure.startPostgres(layout, ports.postgres(), plan.databases());
        } catch (RuntimeException e) {
            failure = e;
        }
        try {
            kafka.join();
        } catch (CompletionException e) {
            failure = failure != null ? failure : unwrap(e);
        }
        if (failure != null) {
            throw failure;
        }
        infrastructure.createTopics(bootstrapServers());
    }

    private static RuntimeException unwrap(CompletionException e) {
        return e.getCause() instanceof RuntimeException cause ? cause : e;
    }

    private void prepare() {
        plan.processes().stream()
                .map(service -> service.jar(properties.root()))
                .filter(jar -> !Files.isRegularFile(jar))
                .findFirst()
                .ifPresent(jar -> {
                    throw new LauncherFailure(jar + " is missing. Build it first: ./run.sh builds what is needed "
                            + "(or ./mvnw -DskipTests install).");
                });
        Leftovers.refuseIfInUse(layout);
        List<String> stopped = Leftovers.stop(layout);
        if (!stopped.isEmpty()) {
            out.accept("Stopped what an earlier run left behind: " + String.join(", ", stopped));
        }
        if (properties.fresh()) {
            layout.wipe();
            out.accept("Started fresh: wiped " + layout.root());
        }
        List<String> problems = PortCheck.problems(plan.claims());
        if (!problems.isEmpty()) {
            throw new LauncherFailure(String.join(System.lineSeparator(), problems));
        }
        layout.create();
        layout.signingKey().ensure();
        launcherPid = PidFile.write(layout.pidFile(Leftovers.LAUNCHER), ProcessHandle.current());
    }

    private void startServices() throws InterruptedException {
        if (properties.gatewayAfterServices()) {
            services.start(plan.services());
            services.awaitReady(properties.startTimeout());
            services.start(List.of(plan.gateway()));
        } else {
            services.start(plan.processes());
        }
        services.awaitReady(properties.startTimeout());
    }

    /** The Kafka bootstrap servers of this federation. */
    public String bootstrapServers() {
        return "127.0.0.1:" + properties.ports().kafka();
    }

    public FederationPlan plan() {
        return plan;
    }

    public LauncherProperties properties() {
        return properties;
    }

    /** Time since this federation was created. */
    public Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - created);
    }

    /** Stops the services (SIGTERM, then force after the stop timeout), then Kafka, then PostgreSQL. */
    @Override
    public synchronized void close() {
        services.close();
        infrastructure.close();
        if (launcherPid != null) {
            launcherPid.delete();
        }
    }
}

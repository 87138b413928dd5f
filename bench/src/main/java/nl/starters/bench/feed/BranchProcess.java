package nl.starters.bench.feed;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.starters.bench.ServiceProcess;

/**
 * The feed benchmark's branch: the real local-branch-service jar as a {@link ServiceProcess}, branch
 * {@value #BRANCH} on the benchmark's database with a pool sized for the clients. Nothing serves the JWKS
 * location: the public feed needs no token.
 */
final class BranchProcess {

    static final String BRANCH = "utrecht";
    static final String DATABASE = "branch_" + BRANCH;
    private static final URI NO_JWKS = URI.create("http://127.0.0.1:9/.well-known/jwks.json");

    private BranchProcess() {}

    record Settings(
            Path jar,
            List<String> jvmOptions,
            List<String> arguments,
            int databasePort,
            String kafka,
            int poolSize,
            Path log) {}

    /** Starts the branch and returns once it is ready. */
    static ServiceProcess start(Settings settings) throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(List.of(
                "--community.branch.id=" + BRANCH,
                // the house default is 6; the pool must hold a connection for every concurrent client
                "--spring.r2dbc.pool.max-size=" + settings.poolSize()));
        arguments.addAll(settings.arguments()); // -Dbench.feed.service-args: settings to try
        return ServiceProcess.start(new ServiceProcess.Settings(
                        "The branch service",
                        settings.jar(),
                        settings.jvmOptions(),
                        DATABASE,
                        settings.databasePort(),
                        settings.kafka(),
                        NO_JWKS,
                        arguments,
                        settings.log()))
                .awaitReady(Duration.ofMinutes(3));
    }
}

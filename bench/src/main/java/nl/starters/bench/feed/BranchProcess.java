package nl.starters.bench.feed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One branch instance: the real local-branch-service jar in a JVM of its own, started with the arguments the
 * launcher gives a branch (ports, broker, database, branch id, JWKS location), on the benchmark's database.
 * Nothing serves the JWKS location: the public feed needs no token.
 */
final class BranchProcess implements AutoCloseable {

    static final String BRANCH = "utrecht";
    static final String DATABASE = "branch_" + BRANCH;

    private final Process process;
    private final Path log;
    private final int port;

    private BranchProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    record Settings(
            Path jar,
            List<String> jvmOptions,
            List<String> arguments,
            int databasePort,
            String kafka,
            int poolSize,
            Path log) {}

    static BranchProcess start(Settings settings) throws IOException, InterruptedException {
        int port = freePort();
        int management = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(settings.jvmOptions());
        command.addAll(List.of(
                "-jar",
                settings.jar().toString(),
                "--server.port=" + port,
                "--management.server.port=" + management,
                "--spring.kafka.bootstrap-servers=" + settings.kafka(),
                "--community.security.jwks-uri=http://127.0.0.1:9/.well-known/jwks.json",
                "--community.database.host=127.0.0.1",
                "--community.database.port=" + settings.databasePort(),
                "--community.database.name=" + DATABASE,
                "--community.database.username=postgres",
                "--community.database.password=postgres",
                "--community.branch.id=" + BRANCH,
                // the house default is 6; the pool must hold a connection for every concurrent client
                "--spring.r2dbc.pool.max-size=" + settings.poolSize()));
        command.addAll(settings.arguments()); // -Dbench.feed.service-args: settings to try
        Files.createDirectories(settings.log().getParent());
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(Redirect.to(settings.log().toFile()))
                .start();
        BranchProcess branch = new BranchProcess(process, settings.log(), port);
        branch.awaitReady(management, Duration.ofMinutes(3));
        return branch;
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    Path log() {
        return log;
    }

    private void awaitReady(int management, Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        URI readiness = URI.create("http://127.0.0.1:" + management + "/actuator/health/readiness");
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The branch service ended at start-up:\n" + tail(40));
            }
            try {
                if (http.send(HttpRequest.newBuilder(readiness).build(), HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The branch service was not ready within " + timeout + ":\n" + tail(40));
    }

    String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

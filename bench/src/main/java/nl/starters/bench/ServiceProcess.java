package nl.starters.bench;

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
 * One service under measurement: its real fat jar in a JVM of its own on free loopback ports, with the
 * arguments the launcher gives it (broker, database, JWKS location), its output in a log file; ready when its
 * readiness probe answers 200.
 */
public final class ServiceProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path log;
    private final int port;

    private ServiceProcess(String name, Process process, Path log, int port) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /**
     * @param arguments the service's own arguments besides ports, broker, JWKS and database (e.g. a branch id)
     */
    public record Settings(
            String name,
            Path jar,
            List<String> jvmOptions,
            String database,
            int databasePort,
            String kafka,
            URI jwks,
            List<String> arguments,
            Path log) {}

    /** Starts the process; call {@link #awaitReady} before using it (several can start side by side). */
    public static ServiceProcess start(Settings settings) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(settings.jvmOptions());
        command.addAll(List.of(
                "-jar",
                settings.jar().toString(),
                "--server.port=" + port,
                "--management.server.port=" + freePort(),
                "--spring.kafka.bootstrap-servers=" + settings.kafka(),
                "--community.security.jwks-uri=" + settings.jwks(),
                "--community.database.host=127.0.0.1",
                "--community.database.port=" + settings.databasePort(),
                "--community.database.name=" + settings.database(),
                "--community.database.username=postgres",
                "--community.database.password=postgres"));
        command.addAll(settings.arguments());
        Files.createDirectories(settings.log().getParent());
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(Redirect.to(settings.log().toFile()))
                .start();
        return new ServiceProcess(settings.name(), process, settings.log(), port);
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public String name() {
        return name;
    }

    /** Waits for the liveness probe on the main port, then for readiness (the database is reachable). */
    public ServiceProcess awaitReady(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        URI readiness = URI.create("http://127.0.0.1:" + port + "/readyz");
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " ended at start-up:\n" + tail(40));
            }
            try {
                if (http.send(HttpRequest.newBuilder(readiness).build(), HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " was not ready within " + timeout + ":\n" + tail(40));
    }

    public String tail(int lines) {
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

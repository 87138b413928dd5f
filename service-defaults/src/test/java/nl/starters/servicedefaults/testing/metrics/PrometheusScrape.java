package nl.starters.servicedefaults.testing.metrics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A service's real {@code /actuator/prometheus} page as Prometheus scrapes it, saved to
 * {@code target/prometheus/<name>.prom} (CI keeps it for a look) and linted by {@link Promtool}: a meter
 * that breaks the exposition format or Prometheus's naming rules fails the service's test.
 */
public final class PrometheusScrape {

    /** The text format Prometheus asks for by default. */
    static final String ACCEPT = "text/plain;version=0.0.4;q=1,*/*;q=0.1";

    private PrometheusScrape() {}

    public static String of(int managementPort) {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + managementPort + "/actuator/prometheus"))
                .header("Accept", ACCEPT)
                .timeout(Duration.ofSeconds(10))
                .build();
        try {
            HttpResponse<String> response =
                    HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("/actuator/prometheus answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not scrape port " + managementPort, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    public static Path save(String name, String scrape) {
        try {
            Path file = Path.of("target", "prometheus", name + ".prom");
            Files.createDirectories(file.getParent());
            return Files.writeString(file, scrape);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Saves the scrape and fails when promtool finds a problem in it (known upstream meters aside, see
     * {@link UpstreamLint}); without promtool the lint is
     * skipped with a note, unless {@code PROMTOOL_REQUIRED=true} (CI) makes that a failure too.
     */
    public static Path saveAndLint(String name, String scrape) {
        Path file = save(name, scrape);
        var promtool = Promtool.find();
        if (promtool.isEmpty()) {
            if (Promtool.required()) {
                throw new AssertionError("promtool is not on the PATH but " + Promtool.REQUIRED
                        + " is set: install Debian's prometheus package");
            }
            System.err.println("promtool is not on the PATH: " + file + " was saved but not linted");
            return file;
        }
        List<String> problems = Promtool.checkMetrics(promtool.get(), file).ownProblems();
        if (!problems.isEmpty()) {
            throw new AssertionError("promtool check metrics < " + file + " found:\n" + String.join("\n", problems));
        }
        return file;
    }
}

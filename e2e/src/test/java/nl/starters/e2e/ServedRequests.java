package nl.starters.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.starters.launcher.Federation;

/**
 * How many API requests one service has answered, from its own Prometheus metrics — proof that
 * a response came from that service and not from the gateway in front of it.
 */
final class ServedRequests {

    private static final Pattern COUNT =
            Pattern.compile("^http_server_requests_seconds_count\\{(.*)}\\s+([0-9.eE+]+)$", Pattern.MULTILINE);
    private static final Pattern URI_LABEL = Pattern.compile("uri=\"([^\"]*)\"");

    private ServedRequests() {}

    /** Requests served outside {@code /actuator}, as the service counts them now. */
    static double of(Federation federation, String service) {
        int port = federation.plan().service(service).managementPort();
        Matcher matcher = COUNT.matcher(scrape(port));
        double total = 0;
        while (matcher.find()) {
            Matcher uri = URI_LABEL.matcher(matcher.group(1));
            if (!(uri.find() && uri.group(1).startsWith("/actuator"))) {
                total += Double.parseDouble(matcher.group(2));
            }
        }
        return total;
    }

    private static String scrape(int managementPort) {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + managementPort + "/actuator/prometheus"))
                .timeout(Duration.ofSeconds(5))
                .build();
        try {
            return HttpClient.newHttpClient()
                    .send(request, HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (IOException e) {
            throw new IllegalStateException("Could not read metrics on port " + managementPort, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}

package nl.starters.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import nl.starters.launcher.Federation;
import nl.starters.launcher.ServiceSpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every operation the federation's services document in their OpenAPI ({@code /v3/api-docs}), read
 * from each service directly: the gateway's own endpoints, member-service, the national forum and one
 * branch (all branches run the same code).
 */
final class OpenApiRoutes {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    private OpenApiRoutes() {}

    /** "METHOD /path/{}" for every documented operation, path variables written as {@code {}}. */
    static Set<String> of(Federation federation) {
        Set<String> routes = new TreeSet<>();
        String firstBranch = "branch-" + federation.plan().branches().get(0).id();
        for (String name : new String[] {"gateway", "member-service", "national-forum-service", firstBranch}) {
            ServiceSpec service = federation.plan().service(name);
            JsonNode paths = read(service.port()).path("paths");
            for (String path : paths.propertyNames()) {
                for (String method : paths.path(path).propertyNames()) {
                    if (METHODS.contains(method)) {
                        routes.add(key(method, path));
                    }
                }
            }
        }
        return routes;
    }

    static String key(String method, String path) {
        return method.toUpperCase() + " " + path.replaceAll("\\{[^}]*}", "{}");
    }

    private static JsonNode read(int port) {
        URI uri = URI.create("http://127.0.0.1:" + port + "/v3/api-docs");
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(uri)
                                    .timeout(Duration.ofSeconds(15))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("Could not read " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}

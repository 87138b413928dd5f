package nl.starters.member.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.starters.member.testing.JsonBodies;
import nl.starters.member.testing.MemberServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

@MemberServiceTest
class OpenApiIntegrationTests {

    @Autowired
    WebTestClient web;

    @Test
    void documentsEveryEndpointAndTheBearerScheme() {
        Map<String, Object> document = web.get()
                .uri("/v3/api-docs")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JsonBodies.MAP)
                .returnResult()
                .getResponseBody();

        Map<String, Object> schemes =
                JsonBodies.map(JsonBodies.map(document.get("components")).get("securitySchemes"));
        assertThat(JsonBodies.map(schemes.get("bearerAuth")))
                .containsEntry("type", "http")
                .containsEntry("scheme", "bearer");
        Map<String, Object> paths = JsonBodies.map(document.get("paths"));
        assertThat(paths)
                .containsKeys(
                        "/api/members",
                        "/api/members/{id}",
                        "/api/members/me",
                        "/api/members/me/export",
                        "/api/members/me/identities",
                        "/api/members/{id}/roles",
                        "/api/admin/audit",
                        "/api/auth/token",
                        "/api/auth/refresh",
                        "/api/auth/logout",
                        "/api/auth/federated",
                        "/.well-known/jwks.json");
        assertThat(security(paths, "/api/members/me", "patch")).isNotNull();
        assertThat(security(paths, "/api/members", "post")).isNull();
        assertThat(parameters(paths, "/api/members/me", "get")).isNull();
    }

    private static Object security(Map<String, Object> paths, String path, String method) {
        return operation(paths, path, method).get("security");
    }

    private static List<?> parameters(Map<String, Object> paths, String path, String method) {
        return (List<?>) operation(paths, path, method).get("parameters");
    }

    private static Map<String, Object> operation(Map<String, Object> paths, String path, String method) {
        return JsonBodies.map(JsonBodies.map(paths.get(path)).get(method));
    }
}

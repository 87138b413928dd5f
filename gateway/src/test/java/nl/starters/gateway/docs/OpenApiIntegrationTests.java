package nl.starters.gateway.docs;

import static org.assertj.core.api.Assertions.assertThat;

import nl.starters.gateway.testing.GatewayTestBase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The gateway documents its own endpoints (the e2e authorisation matrix reads this) and nothing it routes. */
class OpenApiIntegrationTests extends GatewayTestBase {

    @Test
    void documentsTheGatewaysOwnEndpointsWithTheBearerScheme() {
        byte[] body = client.get()
                .uri("/v3/api-docs")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult()
                .getResponseBody();
        JsonNode api = JsonMapper.builder().build().readTree(body);

        assertThat(api.path("paths").propertyNames())
                .containsExactlyInAnyOrder("/api/branches", "/api/session", "/api/me", "/api/token");
        assertThat(api.path("paths").path("/api/session").propertyNames()).containsExactlyInAnyOrder("post", "delete");
        assertThat(api.path("components")
                        .path("securitySchemes")
                        .path("bearerAuth")
                        .path("scheme")
                        .asString())
                .isEqualTo("bearer");
        assertThat(api.path("paths")
                        .path("/api/me")
                        .path("get")
                        .path("security")
                        .toString())
                .contains("bearerAuth");
    }
}

package nl.starters.gateway.security;

import nl.starters.gateway.testing.GatewayTestBase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The security headers of DESIGN.md section 5 on every kind of response: own, proxied, 401, 404. */
class SecurityHeadersIntegrationTests extends GatewayTestBase {

    @ParameterizedTest
    @ValueSource(strings = {"/api/branches", "/api/me", "/api/branches/utrecht/posts", "/api/nothing-here"})
    void everyResponseCarriesTheSecurityHeaders(String path) {
        client.get()
                .uri(path)
                .exchange()
                .expectHeader()
                .valueEquals(
                        "Content-Security-Policy",
                        "default-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'none';"
                                + " base-uri 'self'; form-action 'self'")
                .expectHeader()
                .valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader()
                .valueEquals("Referrer-Policy", "same-origin")
                .expectHeader()
                .valueEquals("X-Frame-Options", "DENY")
                .expectBody()
                .returnResult();
    }
}

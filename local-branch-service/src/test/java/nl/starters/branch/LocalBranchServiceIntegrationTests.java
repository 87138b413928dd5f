package nl.starters.branch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.starters.servicedefaults.testing.ServiceIntegrationTest;
import nl.starters.servicedefaults.testing.security.TestIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@ServiceIntegrationTest
class LocalBranchServiceIntegrationTests {

    @Autowired
    WebTestClient web;

    @LocalManagementPort
    int managementPort;

    @Test
    void isReadyWhenItsDatabaseIs() {
        web.get().uri("/readyz").exchange().expectStatus().isOk();
        web.get().uri("/livez").exchange().expectStatus().isOk();
    }

    @Test
    void feedOfAFreshBranchIsAnEmptyPage() {
        web.get()
                .uri("/api/branches/utrecht/posts")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.items")
                .isEmpty()
                .jsonPath("$.page")
                .isEqualTo(0)
                .jsonPath("$.size")
                .isEqualTo(20)
                .jsonPath("$.total")
                .isEqualTo(0);
    }

    @Test
    void anotherBranchUnderThisServiceIsANotFoundProblem() {
        web.get()
                .uri("/api/branches/groningen/posts")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).contains("groningen"));
    }

    @Test
    void pageSizeOverTheCapIsABadRequestProblem() {
        web.get()
                .uri("/api/branches/utrecht/posts?size=1000")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).contains("size must be between 1 and 100"));
    }

    @Test
    void memberUnknownToThisBranchIsANotFoundProblem() {
        web.get()
                .uri("/api/branches/utrecht/members/{id}", UUID.randomUUID())
                .header(
                        HttpHeaders.AUTHORIZATION,
                        TestIdentity.memberOf("utrecht").bearer())
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void unknownPathIsANotFoundProblemForASignedInMember() {
        web.get()
                .uri("/no/such/thing")
                .header(
                        HttpHeaders.AUTHORIZATION,
                        TestIdentity.memberOf("utrecht").bearer())
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void unknownPathTellsAnonymousCallersToSignInRevealingNothing() {
        web.get().uri("/no/such/thing").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void metricsAreOnTheManagementPortOnly() {
        web.get().uri("/actuator/prometheus").exchange().expectStatus().isNotFound();
        WebTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + managementPort)
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(4 * 1024 * 1024))
                .build()
                .get()
                .uri("/actuator/prometheus")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .value(body -> assertThat(body).contains("jvm_memory_used_bytes"));
    }

    @Test
    void publishesItsOpenApiDocument() {
        web.get()
                .uri("/v3/api-docs")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.paths['/api/branches/{branch}/posts'].get")
                .exists()
                .jsonPath("$.paths['/api/branches/{branch}/posts'].get.security")
                .doesNotExist()
                .jsonPath("$.paths['/api/branches/{branch}/members/{id}'].get.security[0].bearerAuth")
                .exists()
                .jsonPath("$.paths['/api/branches/{branch}/members/me/export'].get.security[0].bearerAuth")
                .exists()
                .jsonPath("$.components.securitySchemes.bearerAuth.scheme")
                .isEqualTo("bearer")
                .jsonPath("$.components.securitySchemes.bearerAuth.bearerFormat")
                .isEqualTo("JWT");
    }
}

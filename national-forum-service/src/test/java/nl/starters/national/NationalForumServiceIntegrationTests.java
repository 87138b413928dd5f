package nl.starters.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.starters.servicedefaults.testing.ServiceIntegrationTest;
import nl.starters.servicedefaults.testing.security.ForgedTokens;
import nl.starters.servicedefaults.testing.security.TestIdentity;
import nl.starters.servicedefaults.testing.security.TestMember;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@ServiceIntegrationTest
class NationalForumServiceIntegrationTests {

    static final String BEARER = TestIdentity.memberOf("groningen").bearer();

    @Autowired
    WebTestClient web;

    @Test
    void isReadyWhenItsDatabaseIs() {
        web.get().uri("/readyz").exchange().expectStatus().isOk();
    }

    @Test
    void aListNothingMatchesIsAnEmptyPage() {
        // other test classes' promotions reach every test context (one broker), so ask for a tag nobody used
        web.get()
                .uri("/api/national/questions?page=0&size=5&tag=" + java.util.UUID.randomUUID())
                .header(HttpHeaders.AUTHORIZATION, BEARER)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.items")
                .isEmpty()
                .jsonPath("$.size")
                .isEqualTo(5)
                .jsonPath("$.total")
                .isEqualTo(0);
    }

    @Test
    void negativePageIsABadRequestProblem() {
        web.get()
                .uri("/api/national/questions?page=-1")
                .header(HttpHeaders.AUTHORIZATION, BEARER)
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void theQuestionsAndTheOwnExportNeedASignedInMember() {
        for (String path : List.of("/api/national/questions", "/api/national/members/me/export")) {
            web.get()
                    .uri(path)
                    .exchange()
                    .expectStatus()
                    .isUnauthorized()
                    .expectHeader()
                    .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.detail")
                    .value(String.class, detail -> assertThat(detail).startsWith("Sign in first"));
        }
    }

    @Test
    void everySignedInMemberWhateverTheirRoleOrBranchMayUseTheForum() {
        for (TestMember member : List.of(
                TestIdentity.memberOf("utrecht"),
                TestIdentity.memberOf("eindhoven"),
                TestIdentity.staffOf("groningen"),
                TestIdentity.coordinator(),
                TestIdentity.admin())) {
            for (String path : List.of("/api/national/questions", "/api/national/members/me/export")) {
                web.get()
                        .uri(path)
                        .header(HttpHeaders.AUTHORIZATION, member.bearer())
                        .exchange()
                        .expectStatus()
                        .isOk();
            }
        }
    }

    @Test
    void forgedTokensAreRefused() {
        TestMember member = TestIdentity.memberOf("utrecht");
        for (String token : List.of(
                ForgedTokens.unsigned(member),
                ForgedTokens.hmacKeyedWithThePublicKey(member),
                ForgedTokens.tampered(member, claims -> claims.claim("roles", List.of("COORDINATOR"))),
                TestIdentity.signedByAStranger(member),
                TestIdentity.sign(member, claims -> claims.audience(List.of("elsewhere"))))) {
            web.get()
                    .uri("/api/national/questions")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                    .exchange()
                    .expectStatus()
                    .isUnauthorized();
        }
    }

    @Test
    void publishesItsOpenApiDocumentWithTheBearerScheme() {
        web.get()
                .uri("/v3/api-docs")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.paths['/api/national/questions'].get.security[0].bearerAuth")
                .exists()
                .jsonPath("$.paths['/api/national/members/me/export'].get.security[0].bearerAuth")
                .exists()
                .jsonPath("$.paths['/api/national/questions/{id}'].get.security[0].bearerAuth")
                .exists()
                .jsonPath("$.paths['/api/national/questions/{questionId}/answers'].post.security[0].bearerAuth")
                .exists()
                .jsonPath("$.paths['/api/national/questions/{questionId}/answers/{answerId}/accept'].post"
                        + ".security[0].bearerAuth")
                .exists()
                .jsonPath("$.paths['/api/national/flags'].post.security[0].bearerAuth")
                .exists()
                .jsonPath("$.paths['/api/national/moderation'].get.security[0].bearerAuth")
                .exists()
                .jsonPath("$.paths['/api/national/moderation/{kind}/{id}/restore'].post.security[0].bearerAuth")
                .exists()
                .jsonPath("$.paths['/api/national/moderation/{kind}/{id}/remove'].post.security[0].bearerAuth")
                .exists()
                .jsonPath("$.components.securitySchemes.bearerAuth.type")
                .isEqualTo("http")
                .jsonPath("$.components.securitySchemes.bearerAuth.scheme")
                .isEqualTo("bearer")
                .jsonPath("$.components.securitySchemes.bearerAuth.bearerFormat")
                .isEqualTo("JWT");
    }
}

package nl.starters.branch.blog;

import nl.starters.servicedefaults.testing.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The OpenAPI document tells which blog operations need a token (the e2e matrix reads it). */
@ServiceIntegrationTest
class BlogOpenApiIntegrationTests {

    static final String POSTS = "$.paths['/api/branches/{branch}/posts']";
    static final String POST = "$.paths['/api/branches/{branch}/posts/{id}']";
    static final String COMMENTS = "$.paths['/api/branches/{branch}/posts/{postId}/comments']";

    @Autowired
    WebTestClient web;

    @Test
    void readingPostsIsPublicAndEveryOtherOperationNeedsABearerToken() {
        web.get()
                .uri("/v3/api-docs")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath(POSTS + ".get.security")
                .doesNotExist()
                .jsonPath(POST + ".get.security")
                .doesNotExist()
                .jsonPath(POSTS + ".post.security[0].bearerAuth")
                .exists()
                .jsonPath(POST + ".put.security[0].bearerAuth")
                .exists()
                .jsonPath(COMMENTS + ".get.security[0].bearerAuth")
                .exists()
                .jsonPath(COMMENTS + ".post.security[0].bearerAuth")
                .exists();
    }
}

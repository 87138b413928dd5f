package nl.starters.branch.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.starters.servicedefaults.testing.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The authorisation matrix reads the OpenAPI document: every question and search operation needs a token. */
@ServiceIntegrationTest
class QuestionApiDocsIntegrationTests {

    static final String BASE = "/api/branches/{branch}";

    @Autowired
    WebTestClient web;

    @Test
    void everyQuestionAndSearchOperationIsDocumentedWithTheBearerScheme() {
        Map<String, Object> paths = map(web.get()
                .uri("/v3/api-docs")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(QuestionFixtures.JSON)
                .returnResult()
                .getResponseBody()
                .get("paths"));

        for (List<String> operation : List.of(
                List.of(BASE + "/questions", "get"),
                List.of(BASE + "/questions", "post"),
                List.of(BASE + "/questions/{id}", "get"),
                List.of(BASE + "/questions/{id}", "put"),
                List.of(BASE + "/questions/{questionId}/answers", "post"),
                List.of(BASE + "/questions/{questionId}/answers/{answerId}/accept", "post"),
                List.of(BASE + "/questions/{questionId}/votes", "post"),
                List.of(BASE + "/questions/{questionId}/votes", "delete"),
                List.of(BASE + "/search", "get"))) {
            assertThat(paths).as(operation.get(0)).containsKey(operation.get(0));
            Map<String, Object> documented =
                    map(map(paths.get(operation.get(0))).get(operation.get(1)));
            assertThat(documented).as(operation.toString()).isNotNull();
            assertThat(documented.get("security"))
                    .as(operation.toString())
                    .isEqualTo(List.of(Map.of("bearerAuth", List.of())));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}

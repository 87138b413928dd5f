package nl.starters.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.starters.servicedefaults.testing.ServiceIntegrationTest;
import nl.starters.servicedefaults.testing.security.TestIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The national forum's rows of the authorisation matrix, as the e2e matrix asks them: path variables are
 * random UUIDs, writes send {@code {}}; callers anon, member, member elsewhere, staff, staff elsewhere,
 * coordinator, admin.
 */
@ServiceIntegrationTest
class AccessMatrixIntegrationTests {

    static final List<String> CALLERS = List.of(
            "",
            TestIdentity.memberOf("utrecht").bearer(),
            TestIdentity.memberOf("groningen").bearer(),
            TestIdentity.staffOf("utrecht").bearer(),
            TestIdentity.staffOf("groningen").bearer(),
            TestIdentity.coordinator().bearer(),
            TestIdentity.admin().bearer());

    @Autowired
    WebTestClient web;

    @Test
    void everyOperationAnswersEachCallerAsTheMatrixSays() {
        Map<String, List<Integer>> expected = new java.util.LinkedHashMap<>();
        expected.put("GET /api/national/questions", List.of(401, 200, 200, 200, 200, 200, 200));
        expected.put("GET /api/national/questions/{id}", List.of(401, 404, 404, 404, 404, 404, 404));
        expected.put("POST /api/national/questions/{id}/answers", List.of(401, 400, 400, 400, 400, 400, 400));
        expected.put(
                "POST /api/national/questions/{id}/answers/{a}/accept", List.of(401, 404, 404, 404, 404, 404, 404));
        expected.put("POST /api/national/flags", List.of(401, 400, 400, 400, 400, 400, 400));
        expected.put("GET /api/national/moderation", List.of(401, 403, 403, 403, 403, 200, 403));
        expected.put("POST /api/national/moderation/{kind}/{id}/restore", List.of(401, 403, 403, 403, 403, 400, 403));
        expected.put("POST /api/national/moderation/{kind}/{id}/remove", List.of(401, 403, 403, 403, 403, 400, 403));
        expected.put("GET /api/national/members/me/export", List.of(401, 200, 200, 200, 200, 200, 200));
        expected.put("GET /api/national/activity", List.of(401, 403, 403, 403, 403, 200, 403));
        // the e2e matrix asks for JSON, which the event stream does not answer
        expected.put("GET /api/national/activity/stream", List.of(401, 403, 403, 403, 403, 406, 403));

        Map<String, List<Integer>> actual = new java.util.LinkedHashMap<>();
        expected.keySet().forEach(operation -> actual.put(operation, statuses(operation)));

        assertThat(actual).isEqualTo(expected);
    }

    private List<Integer> statuses(String operation) {
        String[] parts = operation.split(" ");
        HttpMethod method = HttpMethod.valueOf(parts[0]);
        String path = parts[1].replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        List<Integer> statuses = new ArrayList<>();
        for (String bearer : CALLERS) {
            WebTestClient.RequestBodySpec request = web.method(method)
                    .uri(path)
                    .header(HttpHeaders.ACCEPT, "application/json, application/problem+json");
            if (!bearer.isEmpty()) {
                request.header(HttpHeaders.AUTHORIZATION, bearer);
            }
            WebTestClient.RequestHeadersSpec<?> ready =
                    method == HttpMethod.POST ? request.bodyValue(Map.of()) : request;
            statuses.add(ready.exchange().returnResult(Void.class).getStatus().value());
        }
        return statuses;
    }
}

package nl.starters.branch.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.starters.servicedefaults.testing.ServiceIntegrationTest;
import nl.starters.servicedefaults.testing.security.TestIdentity;
import nl.starters.servicedefaults.testing.security.TestMember;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The rows this feature adds to the e2e authorisation matrix, checked here the way the matrix asks:
 * other path variables a random UUID, writes with {@code {}}. Columns: anonymous, member, member
 * elsewhere, staff, staff elsewhere, coordinator, admin (both with home branch utrecht).
 */
@ServiceIntegrationTest
class QuestionAccessIntegrationTests {

    static final List<TestMember> CALLERS = List.of(
            TestIdentity.memberOf("utrecht"),
            TestIdentity.memberOf("groningen"),
            TestIdentity.staffOf("utrecht"),
            TestIdentity.staffOf("groningen"),
            TestIdentity.coordinator(),
            TestIdentity.admin());

    @Autowired
    WebTestClient web;

    @Test
    void everyOperationAnswersAsTheMatrixSays() {
        String q = "/api/branches/utrecht/questions";
        String id = "/" + UUID.randomUUID();
        List<String> wrong = new ArrayList<>();
        check(wrong, HttpMethod.GET, q, 401, 200, 200, 200, 200, 200, 200);
        check(wrong, HttpMethod.POST, q, 401, 400, 403, 400, 403, 400, 400);
        check(wrong, HttpMethod.GET, q + id, 401, 404, 404, 404, 404, 404, 404);
        check(wrong, HttpMethod.PUT, q + id, 401, 400, 403, 400, 403, 400, 400);
        check(wrong, HttpMethod.GET, q + id + "/answers", 401, 404, 404, 404, 404, 404, 404);
        check(wrong, HttpMethod.POST, q + id + "/answers", 401, 400, 403, 400, 403, 400, 400);
        check(wrong, HttpMethod.POST, q + id + "/answers" + id + "/accept", 401, 404, 403, 404, 403, 404, 404);
        check(wrong, HttpMethod.POST, q + id + "/votes", 401, 404, 403, 404, 403, 404, 404);
        check(wrong, HttpMethod.DELETE, q + id + "/votes", 401, 404, 403, 404, 403, 404, 404);
        check(wrong, HttpMethod.GET, "/api/branches/utrecht/search", 401, 400, 400, 400, 400, 400, 400);
        assertThat(wrong).isEmpty();
    }

    private void check(List<String> wrong, HttpMethod method, String path, int anonymous, int... expected) {
        expect(wrong, method, path, null, anonymous);
        for (int i = 0; i < CALLERS.size(); i++) {
            expect(wrong, method, path, CALLERS.get(i), expected[i]);
        }
    }

    private void expect(List<String> wrong, HttpMethod method, String path, TestMember caller, int expected) {
        WebTestClient.RequestBodySpec request = web.method(method).uri(path);
        if (caller != null) {
            request.header(HttpHeaders.AUTHORIZATION, caller.bearer());
        }
        boolean write = method == HttpMethod.POST || method == HttpMethod.PUT;
        int status = (write ? request.bodyValue(Map.of()) : request)
                .exchange()
                .returnResult(String.class)
                .getStatus()
                .value();
        if (status != expected) {
            String who = caller == null ? "anonymous" : caller.displayName() + " " + caller.roles();
            wrong.add(method + " " + path + " as " + who + ": " + status + ", expected " + expected);
        }
    }
}

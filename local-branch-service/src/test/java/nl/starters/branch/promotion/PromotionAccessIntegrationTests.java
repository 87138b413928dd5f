package nl.starters.branch.promotion;

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
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The promote row of the e2e authorisation matrix, checked the way the matrix asks (a random question
 * id, {@code {}} as body). Columns: anonymous, member, member elsewhere, staff, staff elsewhere,
 * coordinator, admin (both with home branch utrecht).
 */
@ServiceIntegrationTest
class PromotionAccessIntegrationTests {

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
    void promoteAnswersAsTheMatrixSays() {
        String path = "/api/branches/utrecht/questions/" + UUID.randomUUID() + "/promote";
        int[] expected = {403, 403, 404, 403, 403, 403};
        List<String> wrong = new ArrayList<>();
        int anonymous = status(path, null);
        if (anonymous != 401) {
            wrong.add("anonymous: " + anonymous);
        }
        for (int i = 0; i < CALLERS.size(); i++) {
            int status = status(path, CALLERS.get(i));
            if (status != expected[i]) {
                wrong.add(CALLERS.get(i).roles() + " of " + CALLERS.get(i).branch() + ": " + status);
            }
        }
        assertThat(wrong).isEmpty();
    }

    private int status(String path, TestMember caller) {
        var request = web.post().uri(path);
        if (caller != null) {
            request.header(HttpHeaders.AUTHORIZATION, caller.bearer());
        }
        return request.bodyValue(Map.of())
                .exchange()
                .returnResult(String.class)
                .getStatus()
                .value();
    }
}

package nl.starters.branch.blog;

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
 * The blog's rows of the authorisation matrix, as the e2e matrix probes them: a random id, writes send
 * {@code {}}. Columns: anonymous, member, member elsewhere, staff, staff elsewhere, coordinator, admin.
 */
@ServiceIntegrationTest
class BlogAccessIntegrationTests {

    static final List<TestMember> CALLERS = List.of(
            TestIdentity.memberOf("utrecht"),
            TestIdentity.memberOf("groningen"),
            TestIdentity.staffOf("utrecht"),
            TestIdentity.staffOf("groningen"),
            TestIdentity.coordinator(),
            TestIdentity.admin());

    @Autowired
    WebTestClient web;

    final UUID id = UUID.randomUUID();

    @Test
    void theFeedIsPublic() {
        expect(HttpMethod.GET, Blog.POSTS, 200, 200, 200, 200, 200, 200, 200);
    }

    @Test
    void onlyStaffOfThisBranchWritePosts() {
        expect(HttpMethod.POST, Blog.POSTS, 401, 403, 403, 400, 403, 403, 403);
        expect(HttpMethod.PUT, Blog.POST, 401, 403, 403, 400, 403, 403, 403);
    }

    @Test
    void anUnknownPostIsNotFoundForEverybody() {
        expect(HttpMethod.GET, Blog.POST, 404, 404, 404, 404, 404, 404, 404);
    }

    @Test
    void threadsAreForSignedInReadersAndCommentsForMembersOfThisBranch() {
        expect(HttpMethod.GET, Blog.COMMENTS, 401, 404, 404, 404, 404, 404, 404);
        expect(HttpMethod.POST, Blog.COMMENTS, 401, 400, 403, 400, 403, 400, 400);
    }

    @Test
    void theDraftsAreForStaffOfThisBranch() {
        expect(HttpMethod.GET, Blog.POSTS + "?drafts=true", 401, 403, 403, 200, 403, 403, 403);
    }

    private void expect(HttpMethod method, String uri, int anonymous, int... byCaller) {
        request(method, uri, null).expectStatus().isEqualTo(anonymous);
        for (int i = 0; i < CALLERS.size(); i++) {
            request(method, uri, CALLERS.get(i)).expectStatus().isEqualTo(byCaller[i]);
        }
    }

    private WebTestClient.ResponseSpec request(HttpMethod method, String uri, TestMember caller) {
        var request = web.method(method).uri(uri, id);
        if (caller != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, caller.bearer());
        }
        return method == HttpMethod.GET
                ? request.exchange()
                : request.bodyValue(Map.of()).exchange();
    }
}

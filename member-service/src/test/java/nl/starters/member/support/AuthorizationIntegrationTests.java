package nl.starters.member.support;

import java.util.Map;
import nl.starters.member.testing.MemberServiceTest;
import nl.starters.member.testing.SignedIn;
import nl.starters.member.testing.TestAccounts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Every protected endpoint of member-service: 401 without a token, 403 for a member on admin endpoints. */
@MemberServiceTest
class AuthorizationIntegrationTests {

    private static final String SOMEBODY = "0190a4b2-0000-7000-8000-000000000001";

    @Autowired
    WebTestClient web;

    @Autowired
    DatabaseClient db;

    @ParameterizedTest
    @CsvSource({
        "GET, /api/members",
        "GET, /api/members/" + SOMEBODY,
        "GET, /api/members/me",
        "PATCH, /api/members/me",
        "DELETE, /api/members/me",
        "GET, /api/members/me/export",
        "POST, /api/members/me/identities",
        "PUT, /api/members/" + SOMEBODY + "/roles",
        "GET, /api/admin/audit"
    })
    void anonymousCallersMustSignIn(HttpMethod method, String path) {
        web.method(method)
                .uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of())
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectBody(Void.class);
    }

    @ParameterizedTest
    @CsvSource({"PUT, /api/members/" + SOMEBODY + "/roles", "GET, /api/admin/audit"})
    void membersStaffAndCoordinatorsMayNotAdminister(HttpMethod method, String path) {
        TestAccounts accounts = new TestAccounts(web, db);
        for (SignedIn caller : new SignedIn[] {
            accounts.member("utrecht"),
            accounts.withRoles("utrecht", "MEMBER", "STAFF"),
            accounts.withRoles("utrecht", "MEMBER", "COORDINATOR")
        }) {
            web.method(method)
                    .uri(path)
                    .header(HttpHeaders.AUTHORIZATION, caller.bearer())
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("roles", new String[] {"STAFF"}))
                    .exchange()
                    .expectStatus()
                    .isForbidden()
                    .expectBody(Void.class);
        }
    }
}

package nl.starters.member.roles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.starters.member.testing.JsonBodies;
import nl.starters.member.testing.MemberServiceTest;
import nl.starters.member.testing.MemberTopic;
import nl.starters.member.testing.SignedIn;
import nl.starters.member.testing.TestAccounts;
import nl.starters.servicedefaults.contract.EventContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

@MemberServiceTest
class RoleIntegrationTests {

    @Autowired
    WebTestClient web;

    @Autowired
    DatabaseClient db;

    TestAccounts accounts;
    SignedIn admin;

    @BeforeEach
    void accounts() {
        accounts = new TestAccounts(web, db);
        admin = accounts.withRoles("utrecht", "MEMBER", "ADMIN");
    }

    @Test
    void anAdminAppointsStaffOfABranchWhichBecomesTheirHomeBranch() {
        SignedIn member = accounts.member("utrecht");

        assign(admin, member.id(), Map.of("roles", List.of("STAFF"), "branch", "groningen"))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.staff")
                .isEqualTo(true)
                .jsonPath("$.homeBranch")
                .isEqualTo("groningen")
                .jsonPath("$.roles")
                .isEqualTo(List.of("MEMBER", "STAFF"));

        var event = MemberTopic.await(member.id(), "member.profile-changed.v1");
        assertThat(event.value()).contains("\"staff\":true", "\"homeBranch\":\"groningen\"", "\"STAFF\"");
        EventContract.load().validate(event);
        Map<String, Object> signedInAgain = accounts.tokenPair(member.username(), TestAccounts.PASSWORD);
        assertThat(signedInAgain.get("accessToken")).isNotNull();
    }

    @Test
    void aRoleChangeEndsTheMembersSessions() {
        SignedIn member = accounts.member("utrecht");
        assign(admin, member.id(), Map.of("roles", List.of("MEMBER", "COORDINATOR")))
                .expectStatus()
                .isOk()
                .expectBody(Void.class);

        web.post()
                .uri("/api/auth/refresh")
                .bodyValue(Map.of("refreshToken", member.refreshToken()))
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectBody(Void.class);
    }

    @Test
    void writesEachRoleChangeToTheAuditLog() {
        SignedIn member = accounts.member("utrecht");
        assign(admin, member.id(), Map.of("roles", List.of("COORDINATOR")))
                .expectStatus()
                .isOk()
                .expectBody(Void.class);

        Map<String, Object> page = web.get()
                .uri("/api/admin/audit?size=100")
                .header(HttpHeaders.AUTHORIZATION, admin.bearer())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JsonBodies.MAP)
                .returnResult()
                .getResponseBody();

        assertThat(page).containsKeys("items", "page", "size", "total");
        Map<String, Object> entry = JsonBodies.list(page.get("items")).stream()
                .filter(item -> member.id().toString().equals(item.get("subjectId")))
                .findFirst()
                .orElseThrow();
        assertThat(entry)
                .containsEntry("actorId", admin.id().toString())
                .containsEntry("action", "ROLES_CHANGED")
                .containsKey("occurredAt");
        assertThat(JsonBodies.map(entry.get("details")))
                .containsEntry("rolesBefore", List.of("MEMBER"))
                .containsEntry("rolesAfter", List.of("MEMBER", "COORDINATOR"));
    }

    @Test
    void onlyAnAdminChangesRolesOrReadsTheAuditLog() {
        SignedIn member = accounts.member("utrecht");
        SignedIn coordinator = accounts.withRoles("utrecht", "MEMBER", "COORDINATOR");

        assign(member, member.id(), Map.of("roles", List.of("ADMIN")))
                .expectStatus()
                .isForbidden()
                .expectBody(Void.class);
        assign(coordinator, member.id(), Map.of("roles", List.of("STAFF")))
                .expectStatus()
                .isForbidden()
                .expectBody(Void.class);
        web.put()
                .uri("/api/members/" + member.id() + "/roles")
                .bodyValue(Map.of("roles", List.of("STAFF")))
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectBody(Void.class);
        web.get()
                .uri("/api/admin/audit")
                .header(HttpHeaders.AUTHORIZATION, coordinator.bearer())
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectBody(Void.class);
    }

    @Test
    void anAdminCannotRemoveTheirOwnAdminRole() {
        assign(admin, admin.id(), Map.of("roles", List.of("MEMBER", "STAFF")))
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).contains("your own ADMIN role"));
    }

    @Test
    void namesWhatIsWrongWithARoleChange() {
        SignedIn member = accounts.member("utrecht");
        expectBadRequest(
                Map.of("roles", List.of("KING")), "roles[0]: must be MEMBER, STAFF, COORDINATOR or ADMIN", member);
        expectBadRequest(Map.of("roles", List.of()), "roles:", member);
        expectBadRequest(Map.of("roles", List.of("STAFF"), "branch", "atlantis"), "branch: there is no branch", member);
        expectBadRequest(Map.of("roles", List.of("COORDINATOR"), "branch", "utrecht"), "branch: only staff", member);
        assign(admin, UUID.randomUUID(), Map.of("roles", List.of("STAFF")))
                .expectStatus()
                .isNotFound()
                .expectBody(Void.class);
    }

    private void expectBadRequest(Map<String, Object> body, String problem, SignedIn member) {
        assign(admin, member.id(), body)
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).contains(problem));
    }

    private WebTestClient.ResponseSpec assign(SignedIn caller, UUID member, Map<String, Object> body) {
        return web.put()
                .uri("/api/members/" + member + "/roles")
                .header(HttpHeaders.AUTHORIZATION, caller.bearer())
                .bodyValue(body)
                .exchange();
    }
}

package nl.starters.member.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.starters.member.testing.JsonBodies;
import nl.starters.member.testing.MemberServiceTest;
import nl.starters.member.testing.SignedIn;
import nl.starters.member.testing.StubExports;
import nl.starters.member.testing.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

@MemberServiceTest
class ExportIntegrationTests {

    @Autowired
    WebTestClient web;

    @Autowired
    DatabaseClient db;

    TestAccounts accounts;

    @BeforeEach
    void accounts() {
        accounts = new TestAccounts(web, db);
    }

    @Test
    void exportsTheAccountWithTheHomeBranchsAndTheNationalForumsParts() {
        SignedIn member = accounts.member("groningen");

        Map<String, Object> export = web.get()
                .uri("/api/members/me/export")
                .header(HttpHeaders.AUTHORIZATION, member.bearer())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JsonBodies.MAP)
                .returnResult()
                .getResponseBody();

        assertThat(export).containsEntry("memberId", member.id().toString()).containsKeys("identities", "audit");
        assertThat(JsonBodies.map(export.get("account")))
                .containsEntry("username", member.username())
                .containsEntry("fullName", "Anna de Vries")
                .containsEntry("email", member.username() + "@example.org");
        assertThat(JsonBodies.map(export.get("branch")))
                .containsEntry("memberId", member.id().toString())
                .containsEntry("service", "branch-groningen")
                .containsKey("items");
        assertThat(JsonBodies.map(export.get("national"))).containsEntry("service", "national");
        assertThat(StubExports.authorizationSeen(member.id(), "branch-groningen"))
                .isEqualTo(member.bearer());
        assertThat(StubExports.authorizationSeen(member.id(), StubExports.NATIONAL))
                .isEqualTo(member.bearer());
    }

    @Test
    void answers503RatherThanAnExportWithoutAPart() {
        SignedIn member = accounts.member("utrecht");
        StubExports.failFor(member.id(), StubExports.NATIONAL);

        web.get()
                .uri("/api/members/me/export")
                .header(HttpHeaders.AUTHORIZATION, member.bearer())
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).contains("the national forum"));
    }

    @Test
    void exportsOnlyForASignedInMember() {
        web.get()
                .uri("/api/members/me/export")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectBody(Void.class);
    }
}

package nl.starters.member.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.starters.member.testing.MemberServiceTest;
import nl.starters.member.testing.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.WebTestClient;

@MemberServiceTest
@ActiveProfiles("embedded")
class DemoAccountsIntegrationTests {

    @Autowired
    WebTestClient web;

    @Autowired
    DatabaseClient db;

    @Autowired
    DemoAccounts demo;

    @LocalManagementPort
    int managementPort;

    TestAccounts accounts;

    @BeforeEach
    void accounts() {
        accounts = new TestAccounts(web, db);
        awaitDemoAccounts();
    }

    @Test
    void everyDemoAccountSignsInWithThePasswordDemo() throws Exception {
        for (String username : List.of(
                "staff-utrecht",
                "staff-groningen",
                "staff-eindhoven",
                "member-utrecht",
                "member-groningen",
                "member-eindhoven",
                "coordinator",
                "admin")) {
            assertThat(claims(username).getSubject()).as(username).isNotBlank();
        }
    }

    @Test
    void staffAreStaffOfTheirBranchAndTheOthersHaveTheirRoles() throws Exception {
        JWTClaimsSet staff = claims("staff-groningen");
        assertThat(staff.getStringListClaim("roles")).containsExactly("MEMBER", "STAFF");
        assertThat(staff.getStringClaim("branch")).isEqualTo("groningen");
        assertThat(staff.getStringClaim("name")).contains(" ");
        assertThat(claims("member-eindhoven").getStringListClaim("roles")).containsExactly("MEMBER");
        assertThat(claims("coordinator").getStringListClaim("roles")).containsExactly("MEMBER", "COORDINATOR");
        JWTClaimsSet admin = claims("admin");
        assertThat(admin.getStringListClaim("roles")).containsExactly("MEMBER", "ADMIN");
        assertThat(admin.getStringClaim("branch")).isEqualTo("utrecht");
    }

    @Test
    void demoAccountsAreListedInTheDirectory() {
        Map<String, Object> member = accounts.tokenPair("member-utrecht", "demo");
        web.get()
                .uri("/api/members?branch=utrecht&q=Bakkerij")
                .header("Authorization", "Bearer " + member.get("accessToken"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.total")
                .value(total -> assertThat(((Number) total).intValue()).isGreaterThanOrEqualTo(1));
    }

    @Test
    void creatingThemAgainChangesNothing() {
        long before = members();
        demo.run(null);
        awaitDemoAccounts();
        assertThat(members()).isEqualTo(before);
    }

    @Test
    void theServiceIsReadyOnlyOnceTheyExist() {
        assertThat(demo.health().block().getStatus()).isEqualTo(Status.UP);
        WebTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + managementPort)
                .build()
                .get()
                .uri("/actuator/health/readiness")
                .exchange()
                .expectBody()
                .jsonPath("$.components.demoAccounts.status")
                .isEqualTo("UP");
    }

    private void awaitDemoAccounts() {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> demo.health().block().getStatus(), status -> !Status.OUT_OF_SERVICE.equals(status));
        assertThat(demo.health().block().getStatus()).isEqualTo(Status.UP);
    }

    private JWTClaimsSet claims(String username) throws Exception {
        return SignedJWT.parse((String) accounts.tokenPair(username, "demo").get("accessToken"))
                .getJWTClaimsSet();
    }

    private long members() {
        return db.sql("SELECT count(*) AS n FROM members")
                .map(row -> row.get("n", Long.class))
                .one()
                .block();
    }
}

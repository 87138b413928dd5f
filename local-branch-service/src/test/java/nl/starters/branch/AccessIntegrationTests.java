package nl.starters.branch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.starters.servicedefaults.testing.ServiceIntegrationTest;
import nl.starters.servicedefaults.testing.security.ForgedTokens;
import nl.starters.servicedefaults.testing.security.TestIdentity;
import nl.starters.servicedefaults.testing.security.TestMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Who gets what from a branch, endpoint by endpoint (IDENTITY.md's table): public, signed in, or refused. */
@ServiceIntegrationTest
class AccessIntegrationTests {

    static final TestMember MEMBER = TestIdentity.memberOf("utrecht");
    static final String CARD = "/api/branches/utrecht/members/{id}";
    static final String EXPORT = "/api/branches/utrecht/members/me/export";

    @Autowired
    WebTestClient web;

    @Autowired
    DatabaseClient db;

    final UUID known = UUID.randomUUID();

    @BeforeEach
    void aMemberThisBranchKnows() {
        db.sql("INSERT INTO members (id, display_name, staff, home_branch, updated_at)"
                        + " VALUES (:id, 'Sanne Bakker', false, 'utrecht', now())")
                .bind("id", known)
                .then()
                .block(Duration.ofSeconds(5));
    }

    @Test
    void anybodyReadsThePostsWithoutSigningIn() {
        web.get().uri("/api/branches/utrecht/posts").exchange().expectStatus().isOk();
    }

    @Test
    void aMemberCardNeedsASignedInMember() {
        expectUnauthenticated(CARD, known);
        expectStatus(CARD, known, MEMBER, 200);
    }

    @Test
    void membersOfOtherBranchesStaffAndEveryRoleSeeMemberCards() {
        for (TestMember member : List.of(
                TestIdentity.memberOf("groningen"),
                TestIdentity.staffOf("utrecht"),
                TestIdentity.staffOf("eindhoven"),
                TestIdentity.coordinator(),
                TestIdentity.admin())) {
            expectStatus(CARD, known, member, 200);
        }
    }

    @Test
    void theOwnExportNeedsASignedInMember() {
        expectUnauthenticated(EXPORT);
        expectStatus(EXPORT, null, MEMBER, 200);
        expectStatus(EXPORT, null, TestIdentity.memberOf("groningen"), 200);
    }

    @Test
    void aForgedTokenIsRefusedEvenForThePublicFeed() {
        web.get()
                .uri("/api/branches/utrecht/posts")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + ForgedTokens.unsigned(MEMBER))
                .exchange()
                .expectStatus()
                .isUnauthorized();
        for (String token : List.of(
                ForgedTokens.unsigned(MEMBER),
                ForgedTokens.hmacKeyedWithThePublicKey(MEMBER),
                ForgedTokens.tampered(MEMBER, claims -> claims.subject(known.toString())),
                TestIdentity.signedByAStranger(MEMBER),
                TestIdentity.sign(
                        MEMBER,
                        claims -> claims.issuedAt(Instant.now().minus(Duration.ofMinutes(30)))
                                .expiresAt(Instant.now().minus(Duration.ofMinutes(15)))))) {
            web.get()
                    .uri(EXPORT)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                    .exchange()
                    .expectStatus()
                    .isUnauthorized()
                    .expectHeader()
                    .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    private void expectUnauthenticated(String path, Object... variables) {
        web.get()
                .uri(path, variables)
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail")
                .value(String.class, detail -> assertThat(detail).startsWith("Sign in first"));
    }

    private void expectStatus(String path, UUID id, TestMember member, int status) {
        web.get()
                .uri(path, id)
                .header(HttpHeaders.AUTHORIZATION, member.bearer())
                .exchange()
                .expectStatus()
                .isEqualTo(status);
    }
}

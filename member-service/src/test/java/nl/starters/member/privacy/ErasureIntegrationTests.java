package nl.starters.member.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import java.util.Map;
import java.util.UUID;
import nl.starters.member.testing.JsonBodies;
import nl.starters.member.testing.MemberServiceTest;
import nl.starters.member.testing.MemberTopic;
import nl.starters.member.testing.SignedIn;
import nl.starters.member.testing.TestAccounts;
import nl.starters.member.testing.TestBank;
import nl.starters.servicedefaults.contract.EventContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

@MemberServiceTest
class ErasureIntegrationTests {

    @Autowired
    WebTestClient web;

    @Autowired
    DatabaseClient db;

    TestAccounts accounts;
    Map<String, Object> registration;
    SignedIn member;

    @BeforeEach
    void member() {
        accounts = new TestAccounts(web, db);
        registration = TestAccounts.registration("utrecht");
        registration.put("listed", true);
        member = accounts.registerAndSignIn(registration);
        erase(member).expectStatus().isNoContent().expectBody(Void.class);
    }

    @Test
    void leavesOnlyATombstone() {
        assertThat(count("SELECT count(*) AS n FROM members WHERE id = :id")).isZero();
        assertThat(count("SELECT count(*) AS n FROM erased_members WHERE id = :id"))
                .isOne();
        SignedIn viewer = accounts.member("utrecht");
        web.get()
                .uri("/api/members/" + member.id())
                .header(HttpHeaders.AUTHORIZATION, viewer.bearer())
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectBody(Void.class);
    }

    @Test
    void endsEverySessionAndEverySignIn() {
        web.post()
                .uri("/api/auth/refresh")
                .bodyValue(Map.of("refreshToken", member.refreshToken()))
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectBody(Void.class);
        web.post()
                .uri("/api/auth/token")
                .bodyValue(Map.of("username", member.username(), "password", TestAccounts.PASSWORD))
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectBody(Void.class);
        erase(member).expectStatus().isNotFound().expectBody(Void.class);
    }

    @Test
    void freesTheUsernameAndTheEmailAddress() {
        assertThat(accounts.register(registration)).isNotEqualTo(member.id());
    }

    @Test
    void announcesTheErasureWithNothingPersonalInIt() {
        var event = MemberTopic.await(member.id(), "member.erased.v1");
        assertThat(event.value()).isEqualTo("{\"memberId\":\"" + member.id() + "\"}");
        EventContract.load().validate(event);
    }

    @Test
    void recordsTheErasureInTheAuditLog() {
        assertThat(count("SELECT count(*) AS n FROM audit_log WHERE subject_id = :id AND action = 'MEMBER_ERASED'"
                        + " AND actor_id = :id"))
                .isOne();
    }

    @Test
    void unlinksTheBankLoginsSoTheNextBankLoginIsANewMember() throws Exception {
        SignedIn linked = accounts.member("utrecht");
        String subject = "erase-" + UUID.randomUUID();
        web.post()
                .uri("/api/members/me/identities")
                .header(HttpHeaders.AUTHORIZATION, linked.bearer())
                .bodyValue(Map.of("idToken", TestBank.idToken(TestBank.BANK, subject, TestBank.CLIENT_ID, Map.of())))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(Void.class);

        erase(linked).expectStatus().isNoContent().expectBody(Void.class);

        Map<String, Object> pair = web.post()
                .uri("/api/auth/federated")
                .bodyValue(Map.of(
                        "idToken",
                        TestBank.idToken(
                                TestBank.BANK,
                                subject,
                                TestBank.CLIENT_ID,
                                Map.of(
                                        "name",
                                        "Nieuw Begin",
                                        "email",
                                        subject + "@bank.example",
                                        "branch",
                                        "utrecht"))))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JsonBodies.MAP)
                .returnResult()
                .getResponseBody();
        String newMember = SignedJWT.parse((String) pair.get("accessToken"))
                .getJWTClaimsSet()
                .getSubject();
        assertThat(newMember).isNotEqualTo(linked.id().toString());
    }

    private WebTestClient.ResponseSpec erase(SignedIn who) {
        return web.delete()
                .uri("/api/members/me")
                .header(HttpHeaders.AUTHORIZATION, who.bearer())
                .exchange();
    }

    private long count(String sql) {
        return db.sql(sql)
                .bind("id", member.id())
                .map(row -> row.get("n", Long.class))
                .one()
                .block();
    }
}

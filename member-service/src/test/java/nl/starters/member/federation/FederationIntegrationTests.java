package nl.starters.member.federation;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.starters.member.testing.JsonBodies;
import nl.starters.member.testing.MemberServiceTest;
import nl.starters.member.testing.SignedIn;
import nl.starters.member.testing.TestAccounts;
import nl.starters.member.testing.TestBank;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Single sign-on against a real OpenID Connect provider (mock-oauth2-server) on loopback. */
@MemberServiceTest
class FederationIntegrationTests {

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
    void theFirstBankLoginOpensAnAccountAndTheNextSignsInTheSameMember() throws Exception {
        String subject = "klant-" + UUID.randomUUID();
        String email = subject + "@bank.example";

        String first = memberOf(signIn(idToken(TestBank.BANK, subject, claims("Joris Willems", email, "utrecht"))));
        String second = memberOf(signIn(idToken(TestBank.BANK, subject, claims("Joris Willems", email, "utrecht"))));

        assertThat(second).isEqualTo(first);
        web.get()
                .uri("/api/members/me")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + signIn(idToken(TestBank.BANK, subject, Map.of())))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.fullName")
                .isEqualTo("Joris Willems")
                .jsonPath("$.email")
                .isEqualTo(email)
                .jsonPath("$.homeBranch")
                .isEqualTo("utrecht")
                .jsonPath("$.passwordLogin")
                .isEqualTo(false);
    }

    @Test
    void anotherSubjectOfTheSameBankIsAnotherMember() throws Exception {
        String one = memberOf(signIn(idToken(TestBank.BANK, "a-" + UUID.randomUUID(), newPerson("groningen"))));
        String two = memberOf(signIn(idToken(TestBank.BANK, "b-" + UUID.randomUUID(), newPerson("groningen"))));
        assertThat(one).isNotEqualTo(two);
    }

    @Test
    void findsTheProviderKeysAlsoThroughAConfiguredJwksUriAndBranchClaim() throws Exception {
        Map<String, Object> claims = new HashMap<>(newPerson("unused"));
        claims.remove("branch");
        claims.put("home_branch", "eindhoven");
        String token = signIn(idToken(TestBank.OTHER_BANK, "c-" + UUID.randomUUID(), claims));
        assertThat(SignedJWT.parse(token).getJWTClaimsSet().getStringClaim("branch"))
                .isEqualTo("eindhoven");
    }

    @Test
    void neverLinksByEmailAddress() {
        Map<String, Object> registration = TestAccounts.registration("utrecht");
        accounts.register(registration);
        Map<String, Object> claims = claims("Anna de Vries", (String) registration.get("email"), "utrecht");

        federated(idToken(TestBank.BANK, "d-" + UUID.randomUUID(), claims))
                .expectStatus()
                .isEqualTo(409)
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).contains("log in to that account and link"));
    }

    @Test
    void refusesAFirstLoginWithoutAKnownHomeBranch() {
        Map<String, Object> claims = new HashMap<>(newPerson("utrecht"));
        claims.remove("branch");
        federated(idToken(TestBank.BANK, "e-" + UUID.randomUUID(), claims))
                .expectStatus()
                .isEqualTo(422)
                .expectBody(Void.class);
        federated(idToken(TestBank.BANK, "f-" + UUID.randomUUID(), newPerson("atlantis")))
                .expectStatus()
                .isEqualTo(422)
                .expectBody(Void.class);
    }

    @Test
    void aSignedInMemberLinksTheirBankLoginAndThenSignsInWithIt() throws Exception {
        SignedIn member = accounts.member("utrecht");
        String subject = "g-" + UUID.randomUUID();

        link(member, idToken(TestBank.BANK, subject, Map.of()))
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.issuer")
                .isEqualTo(TestBank.issuer(TestBank.BANK))
                .jsonPath("$.subject")
                .isEqualTo(subject);

        assertThat(memberOf(signIn(idToken(TestBank.BANK, subject, Map.of()))))
                .isEqualTo(member.id().toString());
    }

    @Test
    void refusesToLinkABankLoginOfSomebodyElse() {
        String subject = "h-" + UUID.randomUUID();
        signIn(idToken(TestBank.BANK, subject, newPerson("utrecht")));
        SignedIn other = accounts.member("utrecht");

        link(other, idToken(TestBank.BANK, subject, Map.of()))
                .expectStatus()
                .isEqualTo(409)
                .expectBody(Void.class);
    }

    @Test
    void linkingNeedsASignedInMember() {
        web.post()
                .uri("/api/members/me/identities")
                .bodyValue(Map.of("idToken", idToken(TestBank.BANK, "i-" + UUID.randomUUID(), Map.of())))
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectBody(Void.class);
    }

    @Test
    void refusesAnIdTokenOfAnUntrustedIssuerOrForAnotherClient() {
        federated(idToken("rogue-bank", "j-" + UUID.randomUUID(), newPerson("utrecht")))
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).contains("not from a trusted bank login"));
        federated(TestBank.idToken(TestBank.BANK, "k-" + UUID.randomUUID(), "another-client", newPerson("utrecht")))
                .expectStatus()
                .isUnauthorized()
                .expectBody()
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).contains("aud"));
        federated("not.a.token").expectStatus().isUnauthorized().expectBody(Void.class);
    }

    private static Map<String, Object> claims(String name, String email, String branch) {
        return Map.of("name", name, "email", email, "branch", branch);
    }

    private static Map<String, Object> newPerson(String branch) {
        String who = UUID.randomUUID().toString().substring(0, 8);
        return claims("Sem Hoekstra", "sem-" + who + "@bank.example", branch);
    }

    private static String idToken(String issuerId, String subject, Map<String, Object> claims) {
        return TestBank.idToken(issuerId, subject, TestBank.CLIENT_ID, claims);
    }

    private WebTestClient.ResponseSpec federated(String idToken) {
        return web.post()
                .uri("/api/auth/federated")
                .bodyValue(Map.of("idToken", idToken))
                .exchange();
    }

    /** The access token of a bank login. */
    private String signIn(String idToken) {
        Map<String, Object> pair = federated(idToken)
                .expectStatus()
                .isOk()
                .expectBody(JsonBodies.MAP)
                .returnResult()
                .getResponseBody();
        assertThat(pair).containsKeys("refreshToken", "expiresIn");
        return (String) pair.get("accessToken");
    }

    private WebTestClient.ResponseSpec link(SignedIn member, String idToken) {
        return web.post()
                .uri("/api/members/me/identities")
                .header(HttpHeaders.AUTHORIZATION, member.bearer())
                .bodyValue(Map.of("idToken", idToken))
                .exchange();
    }

    private static String memberOf(String accessToken) throws Exception {
        return SignedJWT.parse(accessToken).getJWTClaimsSet().getSubject();
    }
}

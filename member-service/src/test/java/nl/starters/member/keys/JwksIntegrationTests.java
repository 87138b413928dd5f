package nl.starters.member.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import nl.starters.member.testing.JsonBodies;
import nl.starters.member.testing.MemberServiceTest;
import nl.starters.member.testing.SignedIn;
import nl.starters.member.testing.TestAccounts;
import nl.starters.member.testing.TestSigningKeys;
import nl.starters.servicedefaults.testing.security.TestIdentity;
import nl.starters.servicedefaults.testing.security.TestMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

@MemberServiceTest
class JwksIntegrationTests {

    @Autowired
    WebTestClient web;

    @Autowired
    DatabaseClient db;

    SignedIn member;

    @BeforeEach
    void member() {
        member = new TestAccounts(web, db).member("utrecht");
    }

    @Test
    void publishesTheSigningKeyAndTheRetiredKeyWithoutPrivateParts() {
        Map<String, Object> jwks = web.get()
                .uri("/.well-known/jwks.json")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .value(HttpHeaders.CACHE_CONTROL, cache -> assertThat(cache).contains("public", "max-age=300"))
                .expectBody(JsonBodies.MAP)
                .returnResult()
                .getResponseBody();

        List<Map<String, Object>> keys = JsonBodies.list(jwks.get("keys"));
        assertThat(keys)
                .extracting(key -> key.get("kid"))
                .containsExactly(TestSigningKeys.SIGNING_KEY_ID, TestSigningKeys.RETIRED_KEY_ID);
        assertThat(keys).allSatisfy(key -> {
            assertThat(key).containsEntry("kty", "RSA").containsEntry("alg", "RS256");
            assertThat(key).doesNotContainKeys("d", "p", "q", "dp", "dq", "qi");
        });
    }

    @Test
    void acceptsATokenOfTheRetiredKeyUntilItExpires() {
        expectStatus(TestSigningKeys.signedWithRetiredKey(member.id(), "utrecht"), 200);
    }

    @Test
    void refusesForgedTokens() {
        TestMember self = new TestMember(member.id(), "Anna", "utrecht", List.of("MEMBER"));
        expectStatus(TestIdentity.tokenFor(self), 401);
        expectStatus(TestIdentity.signedByAStranger(self), 401);
        expectStatus(unsigned(member.accessToken()), 401);
        expectStatus(tampered(member.accessToken()), 401);
        expectStatus(member.accessToken().substring(0, member.accessToken().length() - 4) + "AAAA", 401);
    }

    @Test
    void checksExpiryIssuerAudienceAndSubjectOfTokensSignedWithItsOwnKey() {
        expectStatus(TestSigningKeys.sign(member.id(), "utrecht", claims -> {}), 200);
        expectStatus(
                TestSigningKeys.sign(
                        member.id(),
                        "utrecht",
                        claims -> claims.issuedAt(Instant.now().minusSeconds(3600))
                                .expiresAt(Instant.now().minusSeconds(1800))),
                401);
        expectStatus(
                TestSigningKeys.sign(member.id(), "utrecht", claims -> claims.audience(List.of("elsewhere"))), 401);
        expectStatus(
                TestSigningKeys.sign(member.id(), "utrecht", claims -> claims.issuer("https://evil.example")), 401);
        expectStatus(TestSigningKeys.sign(member.id(), "utrecht", claims -> claims.subject(" ")), 401);
    }

    private void expectStatus(String token, int status) {
        web.get()
                .uri("/api/members/me")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectStatus()
                .isEqualTo(status)
                .expectBody(Void.class);
    }

    /** The same claims with {@code alg: none} and no signature. */
    private static String unsigned(String token) {
        String[] parts = token.split("\\.");
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes());
        return header + "." + parts[1] + ".";
    }

    /** The signature of the real token over claims that now say ADMIN. */
    private static String tampered(String token) {
        String[] parts = token.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1])).replace("\"MEMBER\"", "\"ADMIN\"");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes()) + "."
                + parts[2];
    }
}

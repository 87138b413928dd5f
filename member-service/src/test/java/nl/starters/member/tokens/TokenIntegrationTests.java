package nl.starters.member.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import nl.starters.member.testing.JsonBodies;
import nl.starters.member.testing.MemberServiceTest;
import nl.starters.member.testing.SignedIn;
import nl.starters.member.testing.TestAccounts;
import nl.starters.member.testing.TestSigningKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

@MemberServiceTest
class TokenIntegrationTests {

    @Autowired
    WebTestClient web;

    @Autowired
    DatabaseClient db;

    @Autowired
    RefreshTokenHousekeeping housekeeping;

    TestAccounts accounts;

    @BeforeEach
    void accounts() {
        accounts = new TestAccounts(web, db);
    }

    @Test
    void signsInWithAnAccessTokenCarryingTheContractClaims() throws Exception {
        Map<String, Object> registration = TestAccounts.registration("groningen");
        registration.put("visibility", "PSEUDONYM");
        registration.put("pseudonym", "Fietsfan");
        UUID id = accounts.register(registration);

        Map<String, Object> pair = accounts.tokenPair((String) registration.get("username"), TestAccounts.PASSWORD);

        assertThat(pair.get("tokenType")).isEqualTo("Bearer");
        assertThat(((Number) pair.get("expiresIn")).longValue()).isEqualTo(900);
        assertThat(((Number) pair.get("refreshExpiresIn")).longValue()).isBetween(43_100L, 43_200L);
        SignedJWT token = SignedJWT.parse((String) pair.get("accessToken"));
        assertThat(token.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
        assertThat(token.getHeader().getKeyID()).isEqualTo(TestSigningKeys.SIGNING_KEY_ID);
        var claims = token.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("https://starters.community");
        assertThat(claims.getAudience()).containsExactly("starters-community");
        assertThat(claims.getSubject()).isEqualTo(id.toString());
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime())
                .isEqualTo(900_000);
        assertThat(claims.getStringListClaim("roles")).containsExactly("MEMBER");
        assertThat(claims.getStringClaim("branch")).isEqualTo("groningen");
        assertThat(claims.getStringClaim("name")).isEqualTo("Fietsfan");
        assertThat((String) pair.get("refreshToken")).hasSizeGreaterThanOrEqualTo(43);
    }

    @Test
    void answersAnUnknownUserAndAWrongPasswordAlike() {
        SignedIn member = accounts.member("utrecht");
        String unknown = badSignIn("nobody-" + UUID.randomUUID(), TestAccounts.PASSWORD);
        String wrong = badSignIn(member.username(), "not the password at all");
        assertThat(unknown).isEqualTo(wrong).contains("The username or the password is not right.");
    }

    @Test
    void signsInWithTheUsernameInAnyCase() {
        SignedIn member = accounts.member("utrecht");
        assertThat(accounts.tokenPair(member.username().toUpperCase(), TestAccounts.PASSWORD))
                .containsKey("accessToken");
    }

    @Test
    void theAccessTokenOpensTheMembersOwnAccount() {
        SignedIn member = accounts.member("eindhoven");
        web.get()
                .uri("/api/members/me")
                .header(HttpHeaders.AUTHORIZATION, member.bearer())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.id")
                .isEqualTo(member.id().toString());
    }

    @Test
    void refreshingRotatesTheRefreshTokenWithoutExtendingTheSession() {
        SignedIn member = accounts.member("utrecht");
        Map<String, Object> first = refresh(member.refreshToken());
        assertThat(first.get("refreshToken")).isNotEqualTo(member.refreshToken());
        assertThat(first.get("accessToken")).isNotEqualTo(member.accessToken());

        Map<String, Object> second = refresh((String) first.get("refreshToken"));
        assertThat(((Number) second.get("refreshExpiresIn")).longValue())
                .isLessThanOrEqualTo(((Number) first.get("refreshExpiresIn")).longValue());
    }

    @Test
    void aSpentRefreshTokenShownAgainEndsTheWholeSession() {
        SignedIn member = accounts.member("utrecht");
        String next = (String) refresh(member.refreshToken()).get("refreshToken");

        refreshFails(member.refreshToken())
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).contains("already used"));
        refreshFails(next);
    }

    @Test
    void anExpiredSessionCannotBeRefreshed() {
        SignedIn member = accounts.member("utrecht");
        db.sql("UPDATE refresh_tokens SET expires_at = now() - interval '1 second' WHERE member_id = :id")
                .bind("id", member.id())
                .then()
                .block();
        refreshFails(member.refreshToken());
    }

    @Test
    void housekeepingDeletesTheTokensOfEndedSessionsOnly() {
        SignedIn ended = accounts.member("utrecht");
        SignedIn live = accounts.member("utrecht");
        db.sql("UPDATE refresh_tokens SET expires_at = now() - interval '1 second' WHERE member_id = :id")
                .bind("id", ended.id())
                .then()
                .block();

        housekeeping.runOnce().block(Duration.ofSeconds(10));

        assertThat(tokensOf(ended.id())).isZero();
        assertThat(tokensOf(live.id())).isOne();
        refresh(live.refreshToken());
    }

    @Test
    void logoutEndsTheSessionAndForgivesAnUnknownToken() {
        SignedIn member = accounts.member("utrecht");
        String next = (String) refresh(member.refreshToken()).get("refreshToken");

        logout(next);
        refreshFails(next);
        logout("never-issued-" + UUID.randomUUID());
    }

    @Test
    void keepsOnlyAHashOfTheRefreshToken() {
        SignedIn member = accounts.member("utrecht");
        Long clear = db.sql("SELECT count(*) AS n FROM refresh_tokens WHERE token_hash = :token")
                .bind("token", member.refreshToken())
                .map(row -> row.get("n", Long.class))
                .one()
                .block();
        Long hashed = db.sql("SELECT count(*) AS n FROM refresh_tokens WHERE token_hash = :hash")
                .bind("hash", RefreshTokens.hash(member.refreshToken()))
                .map(row -> row.get("n", Long.class))
                .one()
                .block();
        assertThat(clear).isZero();
        assertThat(hashed).isOne();
    }

    private long tokensOf(UUID member) {
        return db.sql("SELECT count(*) AS n FROM refresh_tokens WHERE member_id = :id")
                .bind("id", member)
                .map(row -> row.get("n", Long.class))
                .one()
                .block();
    }

    private String badSignIn(String username, String password) {
        return web.post()
                .uri("/api/auth/token")
                .bodyValue(Map.of("username", username, "password", password))
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(JsonBodies.MAP)
                .returnResult()
                .getResponseBody()
                .get("detail")
                .toString();
    }

    private Map<String, Object> refresh(String refreshToken) {
        return web.post()
                .uri("/api/auth/refresh")
                .bodyValue(Map.of("refreshToken", refreshToken))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JsonBodies.MAP)
                .returnResult()
                .getResponseBody();
    }

    private WebTestClient.BodyContentSpec refreshFails(String refreshToken) {
        return web.post()
                .uri("/api/auth/refresh")
                .bodyValue(Map.of("refreshToken", refreshToken))
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody();
    }

    private void logout(String refreshToken) {
        web.post()
                .uri("/api/auth/logout")
                .bodyValue(Map.of("refreshToken", refreshToken))
                .exchange()
                .expectStatus()
                .isNoContent()
                .expectBody(Void.class);
    }
}

package nl.starters.servicedefaults.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import nl.starters.servicedefaults.testing.security.ForgedTokens;
import nl.starters.servicedefaults.testing.security.TestIdentity;
import nl.starters.servicedefaults.testing.security.TestMember;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.userdetails.ReactiveUserDetailsService;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

@SpringBootTest(
        classes = SecuredTestApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "management.server.port=0")
@AutoConfigureWebTestClient
class ResourceServerIntegrationTests {

    static final TestMember MEMBER = TestIdentity.memberOf("utrecht");

    @DynamicPropertySource
    static void testKeys(DynamicPropertyRegistry registry) {
        registry.add("community.security.jwks-uri", () -> TestIdentity.jwksUri().toString());
    }

    @Autowired
    WebTestClient web;

    @Autowired
    ApplicationContext context;

    @LocalManagementPort
    int managementPort;

    @Test
    void aValidTokenMakesTheMemberTheCaller() {
        web.get()
                .uri("/api/me")
                .header(HttpHeaders.AUTHORIZATION, MEMBER.bearer())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.memberId")
                .isEqualTo(MEMBER.id().toString())
                .jsonPath("$.branch")
                .isEqualTo("utrecht")
                .jsonPath("$.displayName")
                .isEqualTo(MEMBER.displayName())
                .jsonPath("$.roles[0]")
                .isEqualTo("MEMBER");
    }

    @Test
    void noTokenOnAProtectedPathIsAnUnauthenticatedProblemSayingWhatToDo() {
        web.get()
                .uri("/api/me")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://starters.community/problems/unauthenticated")
                .jsonPath("$.instance")
                .isEqualTo("/api/me")
                .jsonPath("$.detail")
                .isEqualTo("Sign in first: GET /api/me needs a member's session or access token.");
    }

    @Test
    void anUnknownPathNeedsASignedInMemberTooSoItRevealsNothing() {
        web.get().uri("/api/nothing-here").exchange().expectStatus().isUnauthorized();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forgedTokens")
    void aForgedTokenIsAnInvalidTokenProblem(String forgery, String token, String reason) {
        web.get()
                .uri("/api/me")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .value(
                        HttpHeaders.WWW_AUTHENTICATE,
                        value -> assertThat(value).startsWith("Bearer error=\"invalid_token\""))
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(401)
                .jsonPath("$.detail")
                .value(
                        String.class,
                        detail -> assertThat(detail)
                                .startsWith("The access token is not valid")
                                .containsIgnoringCase(reason)
                                .endsWith("Sign in again."));
    }

    static Stream<Arguments> forgedTokens() {
        Instant now = Instant.now();
        return Stream.of(
                Arguments.of("alg none", ForgedTokens.unsigned(MEMBER), "algorithm of none"),
                Arguments.of("signed by a stranger", TestIdentity.signedByAStranger(MEMBER), "signature"),
                Arguments.of(
                        "HS256 keyed with the public key",
                        ForgedTokens.hmacKeyedWithThePublicKey(MEMBER),
                        "another algorithm expected"),
                Arguments.of(
                        "claims changed after signing",
                        ForgedTokens.tampered(MEMBER, claims -> claims.claim("roles", List.of("MEMBER", "ADMIN"))),
                        "signature"),
                Arguments.of(
                        "expired",
                        TestIdentity.sign(
                                MEMBER,
                                claims -> claims.issuedAt(now.minus(Duration.ofMinutes(30)))
                                        .expiresAt(now.minus(Duration.ofMinutes(15)))),
                        "expired"),
                Arguments.of(
                        "no expiry",
                        TestIdentity.sign(MEMBER, claims -> claims.claims(all -> all.remove("exp"))),
                        "exp is required"),
                Arguments.of(
                        "another audience",
                        TestIdentity.sign(MEMBER, claims -> claims.audience(List.of("another-federation"))),
                        "aud claim"),
                Arguments.of(
                        "another issuer",
                        TestIdentity.sign(MEMBER, claims -> claims.issuer("https://evil.example")),
                        "iss claim"),
                Arguments.of(
                        "no subject",
                        TestIdentity.sign(MEMBER, claims -> claims.claims(all -> all.remove("sub"))),
                        "sub claim"),
                Arguments.of(
                        "a subject that is no member id",
                        TestIdentity.sign(MEMBER, claims -> claims.subject("admin")),
                        "sub claim"),
                Arguments.of("not a JWT at all", "bm90.YS5qd3Q.c2lnbmF0dXJl", "invalid"),
                Arguments.of("not even base64", "%%%", "malformed"));
    }

    @Test
    void aForgedTokenIsRejectedOnAPublicPathToo() {
        web.get()
                .uri("/public/hello")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + ForgedTokens.unsigned(MEMBER))
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    @Test
    void aMemberWithoutTheRoleARuleAsksForIsAForbiddenProblem() {
        web.get()
                .uri("/api/admin/audit")
                .header(HttpHeaders.AUTHORIZATION, MEMBER.bearer())
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://starters.community/problems/forbidden")
                .jsonPath("$.detail")
                .isEqualTo("Your roles or home branch do not allow GET /api/admin/audit.");
        expectStatus("/api/admin/audit", TestIdentity.admin(), 200);
    }

    @Test
    void staffOfAnotherBranchAreForbiddenTheStaffRoom() {
        expectStatus("/api/branches/utrecht/staff-room", TestIdentity.staffOf("utrecht"), 200);
        expectStatus("/api/branches/utrecht/staff-room", TestIdentity.staffOf("groningen"), 403);
        expectStatus("/api/branches/utrecht/staff-room", MEMBER, 403);
    }

    @Test
    void membersOfAnotherBranchAreForbiddenWhatIsForMembersOfThisOne() {
        expectStatus("/api/branches/utrecht/members-only", MEMBER, 200);
        expectStatus("/api/branches/utrecht/members-only", TestIdentity.staffOf("utrecht"), 200);
        expectStatus("/api/branches/utrecht/members-only", TestIdentity.memberOf("groningen"), 403);
    }

    @Test
    void publicPathsProbesAndApiDocsAnswerWithoutAToken() {
        web.get().uri("/public/hello").exchange().expectStatus().isOk();
        web.get().uri("/livez").exchange().expectStatus().isOk();
        web.get().uri("/readyz").exchange().expectStatus().isOk();
        web.get()
                .uri("/v3/api-docs")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.components.securitySchemes.bearerAuth.type")
                .isEqualTo("http")
                .jsonPath("$.components.securitySchemes.bearerAuth.scheme")
                .isEqualTo("bearer")
                .jsonPath("$.components.securitySchemes.bearerAuth.bearerFormat")
                .isEqualTo("JWT");
    }

    @Test
    void actuatorOnTheManagementPortAnswersWithoutAToken() {
        var management = WebTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + managementPort)
                .build();
        management.get().uri("/actuator/health").exchange().expectStatus().isOk();
        management.get().uri("/actuator/prometheus").exchange().expectStatus().isOk();
        // the management server's own context runs behind the same filter chain: a forged token is refused there too
        management
                .get()
                .uri("/actuator/health")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + ForgedTokens.unsigned(MEMBER))
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    @Test
    void bootsOwnDefaultUserAndFilterChainsStayAway() {
        assertThat(context.getBeanNamesForType(ReactiveUserDetailsService.class))
                .isEmpty();
        assertThat(context.getBeanNamesForType(ReactiveAuthenticationManager.class))
                .isEmpty();
        assertThat(context.getBeanNamesForType(SecurityWebFilterChain.class))
                .containsExactly("resourceServerFilterChain");
    }

    private void expectStatus(String path, TestMember member, int status) {
        web.get()
                .uri(path)
                .header(HttpHeaders.AUTHORIZATION, member.bearer())
                .exchange()
                .expectStatus()
                .isEqualTo(status);
    }
}

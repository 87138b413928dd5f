package nl.starters.member.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import nl.starters.member.testing.MemberServiceTest;
import nl.starters.member.testing.MemberTopic;
import nl.starters.member.testing.SignedIn;
import nl.starters.member.testing.TestAccounts;
import nl.starters.servicedefaults.contract.EventContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

@MemberServiceTest
class ProfileIntegrationTests {

    @Autowired
    WebTestClient web;

    @Autowired
    DatabaseClient db;

    TestAccounts accounts;
    SignedIn viewer;

    @BeforeEach
    void accounts() {
        accounts = new TestAccounts(web, db);
        viewer = accounts.member("groningen");
    }

    @Test
    void othersSeeAPseudonymAndNeverTheNameBehindIt() {
        UUID id = accounts.register(pseudonymous("Koffiebrander"));

        String body = view(id).expectBody(String.class).returnResult().getResponseBody();

        assertThat(body).contains("\"displayName\":\"Koffiebrander\"").doesNotContain("Anna de Vries");
    }

    @Test
    void othersSeeTheFullNameOfAMemberWhoChoseIt() {
        UUID id = accounts.register(TestAccounts.registration("utrecht"));
        view(id).expectBody()
                .jsonPath("$.displayName")
                .isEqualTo("Anna de Vries")
                .jsonPath("$.fullName")
                .isEqualTo("Anna de Vries")
                .jsonPath("$.staff")
                .isEqualTo(false)
                .jsonPath("$.email")
                .doesNotExist();
    }

    @Test
    void staffAppearUnderTheirFullNameWithTheBadgeWhateverTheyChose() {
        UUID id = accounts.register(pseudonymous("Verstopt"));
        accounts.setRoles(id, "MEMBER", "STAFF");

        view(id).expectBody()
                .jsonPath("$.displayName")
                .isEqualTo("Anna de Vries")
                .jsonPath("$.staff")
                .isEqualTo(true);
    }

    @Test
    void profilesAreForSignedInMembersOnly() {
        UUID id = accounts.register(TestAccounts.registration("utrecht"));
        web.get()
                .uri("/api/members/" + id)
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(Void.class);
        web.get()
                .uri("/api/members/" + UUID.randomUUID())
                .header(HttpHeaders.AUTHORIZATION, viewer.bearer())
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectBody(Void.class);
    }

    @Test
    void aMemberSeesTheirOwnAccountInFull() {
        SignedIn me = accounts.registerAndSignIn(pseudonymous("Zonnetje"));
        web.get()
                .uri("/api/members/me")
                .header(HttpHeaders.AUTHORIZATION, me.bearer())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.fullName")
                .isEqualTo("Anna de Vries")
                .jsonPath("$.displayName")
                .isEqualTo("Zonnetje")
                .jsonPath("$.username")
                .isEqualTo(me.username())
                .jsonPath("$.email")
                .isEqualTo(me.username() + "@example.org")
                .jsonPath("$.visibility")
                .isEqualTo("PSEUDONYM")
                .jsonPath("$.listed")
                .isEqualTo(false)
                .jsonPath("$.passwordLogin")
                .isEqualTo(true);
    }

    @Test
    void editsTheProfileLeavingOutFieldsUnchanged() {
        SignedIn me = accounts.member("utrecht");
        edit(me, Map.of("sector", "Bakkerij", "offers", "Brood", "city", "Utrecht", "listed", true))
                .expectStatus()
                .isOk()
                .expectBody(Void.class);

        edit(me, Map.of("bio", "Sinds 2024 eigen baas", "offers", ""))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.sector")
                .isEqualTo("Bakkerij")
                .jsonPath("$.city")
                .isEqualTo("Utrecht")
                .jsonPath("$.bio")
                .isEqualTo("Sinds 2024 eigen baas")
                .jsonPath("$.offers")
                .doesNotExist()
                .jsonPath("$.listed")
                .isEqualTo(true);
    }

    @Test
    void announcesAChangedDisplayNameWithoutTheRealName() {
        SignedIn me = accounts.member("eindhoven");
        edit(me, Map.of("visibility", "PSEUDONYM", "pseudonym", "Glasblazer"))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.displayName")
                .isEqualTo("Glasblazer");

        var event = MemberTopic.await(me.id(), "member.profile-changed.v1");
        assertThat(event.value()).contains("Glasblazer").doesNotContain("Anna de Vries");
        EventContract.load().validate(event);
    }

    @Test
    void announcesNothingWhenOthersSeeNoDifference() {
        SignedIn me = accounts.member("utrecht");
        edit(me, Map.of("bio", "Alleen mijn verhaal", "listed", true))
                .expectStatus()
                .isOk()
                .expectBody(Void.class);
        assertThat(accounts.outboxEvents(me.id(), "member.profile-changed.v1")).isZero();
    }

    @Test
    void namesTheFieldOfAnInvalidEdit() {
        SignedIn me = accounts.member("utrecht");
        edit(me, Map.of("visibility", "PSEUDONYM"))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).contains("pseudonym: is required"));
        edit(me, Map.of("fullName", "  ", "bio", "x".repeat(2001)))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.detail")
                .value(detail ->
                        assertThat((String) detail).contains("fullName:").contains("bio:"));
    }

    private Map<String, Object> pseudonymous(String pseudonym) {
        Map<String, Object> registration = TestAccounts.registration("utrecht");
        registration.put("visibility", "PSEUDONYM");
        registration.put("pseudonym", pseudonym);
        return registration;
    }

    private WebTestClient.ResponseSpec view(UUID id) {
        return web.get()
                .uri("/api/members/" + id)
                .header(HttpHeaders.AUTHORIZATION, viewer.bearer())
                .exchange()
                .expectStatus()
                .isOk();
    }

    private WebTestClient.ResponseSpec edit(SignedIn me, Map<String, Object> changes) {
        return web.patch()
                .uri("/api/members/me")
                .header(HttpHeaders.AUTHORIZATION, me.bearer())
                .bodyValue(changes)
                .exchange();
    }
}

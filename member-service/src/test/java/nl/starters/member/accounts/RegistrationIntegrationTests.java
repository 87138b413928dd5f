package nl.starters.member.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import nl.starters.member.testing.MemberServiceTest;
import nl.starters.member.testing.MemberTopic;
import nl.starters.member.testing.TestAccounts;
import nl.starters.servicedefaults.contract.EventContract;
import nl.starters.servicedefaults.kafka.EventEnvelope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

@MemberServiceTest
class RegistrationIntegrationTests {

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
    void registersWithoutSigningInAndAnnouncesOnlyTheDisplayName() {
        Map<String, Object> registration = TestAccounts.registration("utrecht");
        registration.put("visibility", "PSEUDONYM");
        registration.put("pseudonym", "StartendeAnna");
        web.post()
                .uri("/api/members")
                .bodyValue(registration)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectHeader()
                .value("Location", location -> assertThat(location).startsWith("/api/members/"))
                .expectBody()
                .jsonPath("$.displayName")
                .isEqualTo("StartendeAnna")
                .jsonPath("$.staff")
                .isEqualTo(false)
                .jsonPath("$.fullName")
                .doesNotExist();

        var event = MemberTopic.await(idOf(registration), "member.registered.v1");
        assertThat(event.value()).contains("StartendeAnna").doesNotContain("Anna de Vries");
        assertThat(new String(event.headers().lastHeader(EventEnvelope.SOURCE).value()))
                .isEqualTo("/members");
        EventContract.load().validate(event);
    }

    @Test
    void refusesASecondAccountWithTheSameUsernameOrEmail() {
        Map<String, Object> registration = TestAccounts.registration("groningen");
        accounts.register(registration);

        Map<String, Object> sameEmail = TestAccounts.registration("groningen");
        sameEmail.put("email", ((String) registration.get("email")).toUpperCase());
        for (Map<String, Object> again : new Map[] {registration, sameEmail}) {
            web.post()
                    .uri("/api/members")
                    .bodyValue(again)
                    .exchange()
                    .expectStatus()
                    .isEqualTo(409)
                    .expectHeader()
                    .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody(Void.class);
        }
    }

    @Test
    void namesEveryInvalidFieldInTheProblem() {
        web.post()
                .uri("/api/members")
                .bodyValue(Map.of(
                        "username", "x",
                        "email", "not-an-address",
                        "password", "short",
                        "fullName", "Cor",
                        "homeBranch", "utrecht",
                        "visibility", "PSEUDONYM"))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail)
                        .contains("username:")
                        .contains("email:")
                        .contains("password: must be 10 to 128 characters")
                        .contains("pseudonym: is required with visibility PSEUDONYM"));
    }

    @Test
    void refusesAPasswordWithTheUsernameInIt() {
        Map<String, Object> registration = TestAccounts.registration("utrecht");
        registration.put("password", "my " + registration.get("username") + " is great");
        expectPasswordProblem(registration, "password: must not contain the username");
    }

    @Test
    void refusesTheEmailAddressAsPassword() {
        Map<String, Object> registration = TestAccounts.registration("utrecht");
        registration.put("username", TestAccounts.unique("x"));
        registration.put("password", registration.get("email"));
        expectPasswordProblem(registration, "password: must not be or contain the e-mail address");
    }

    @Test
    void refusesAPasswordLongerThan128Characters() {
        Map<String, Object> registration = TestAccounts.registration("utrecht");
        registration.put("password", "p".repeat(129));
        expectPasswordProblem(registration, "password: must be 10 to 128 characters");
    }

    @Test
    void acceptsAndChecksAPasswordOf128Characters() {
        Map<String, Object> registration = TestAccounts.registration("utrecht");
        String password = "Lang wachtwoord ".repeat(8);
        assertThat(password).hasSize(128);
        registration.put("password", password);
        UUID id = accounts.register(registration);

        assertThat(accounts.signIn(id, (String) registration.get("username"), password)
                        .accessToken())
                .isNotBlank();
        web.post()
                .uri("/api/auth/token")
                .bodyValue(Map.of("username", registration.get("username"), "password", password.substring(1)))
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectBody(Void.class);
    }

    @Test
    void storesAnArgon2idHashNeverThePassword() {
        Map<String, Object> registration = TestAccounts.registration("utrecht");
        UUID id = accounts.register(registration);

        String hash = db.sql("SELECT password_hash FROM members WHERE id = :id")
                .bind("id", id)
                .map(row -> row.get("password_hash", String.class))
                .one()
                .block();
        assertThat(hash).startsWith("{argon2}$argon2id$").doesNotContain(TestAccounts.PASSWORD);
    }

    @Test
    void refusesAHomeBranchTheFederationDoesNotHave() {
        Map<String, Object> registration = TestAccounts.registration("atlantis");
        web.post()
                .uri("/api/members")
                .bodyValue(registration)
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).contains("homeBranch: there is no branch 'atlantis'"));
    }

    private void expectPasswordProblem(Map<String, Object> registration, String problem) {
        web.post()
                .uri("/api/members")
                .bodyValue(registration)
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).contains(problem));
    }

    private UUID idOf(Map<String, Object> registration) {
        return db.sql("SELECT id FROM members WHERE username = :username")
                .bind("username", registration.get("username"))
                .map(row -> row.get("id", UUID.class))
                .one()
                .block();
    }
}

package nl.starters.member.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Opens and signs in accounts through member-service's own API, as a test's starting point. */
public final class TestAccounts {

    public static final String PASSWORD = "correct horse battery staple";

    private final WebTestClient web;
    private final DatabaseClient db;

    public TestAccounts(WebTestClient web, DatabaseClient db) {
        this.web = web;
        this.db = db;
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A valid registration with a unique username and e-mail address; change it before registering. */
    public static Map<String, Object> registration(String branch) {
        String username = unique("member");
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("email", username + "@example.org");
        body.put("password", PASSWORD);
        body.put("fullName", "Anna de Vries");
        body.put("homeBranch", branch);
        return body;
    }

    public UUID register(Map<String, Object> registration) {
        Map<String, Object> created = web.post()
                .uri("/api/members")
                .bodyValue(registration)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(JsonBodies.MAP)
                .returnResult()
                .getResponseBody();
        return UUID.fromString((String) created.get("id"));
    }

    public SignedIn member(String branch) {
        return registerAndSignIn(registration(branch));
    }

    public SignedIn registerAndSignIn(Map<String, Object> registration) {
        UUID id = register(registration);
        return signIn(id, (String) registration.get("username"), (String) registration.get("password"));
    }

    /** A member of the branch with these roles (set in the database, as if an admin had), signed in after. */
    public SignedIn withRoles(String branch, String... roles) {
        Map<String, Object> registration = registration(branch);
        UUID id = register(registration);
        setRoles(id, roles);
        return signIn(id, (String) registration.get("username"), PASSWORD);
    }

    public void setRoles(UUID id, String... roles) {
        db.sql("UPDATE members SET roles = :roles WHERE id = :id")
                .bind("roles", roles)
                .bind("id", id)
                .then()
                .block();
    }

    public SignedIn signIn(UUID id, String username, String password) {
        Map<String, Object> pair = tokenPair(username, password);
        return new SignedIn(id, username, (String) pair.get("accessToken"), (String) pair.get("refreshToken"));
    }

    public Map<String, Object> tokenPair(String username, String password) {
        return web.post()
                .uri("/api/auth/token")
                .bodyValue(Map.of("username", username, "password", password))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JsonBodies.MAP)
                .returnResult()
                .getResponseBody();
    }

    /** How many events of this type the outbox holds for the member (published or not). */
    public long outboxEvents(UUID memberId, String type) {
        return db.sql("SELECT count(*) AS n FROM messaging.outbox WHERE key = :key AND type = :type")
                .bind("key", memberId.toString())
                .bind("type", type)
                .map(row -> row.get("n", Long.class))
                .one()
                .block();
    }

    public static List<String> roles(String... roles) {
        return List.of(roles);
    }
}

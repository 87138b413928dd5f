package nl.starters.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * What the community journeys share: the branch they play in, its staff inbox, new members of it, and
 * made-up words so that a check finds only its own journey's content in the shared federation.
 */
final class Community {

    static final String BRANCH = "/api/branches/utrecht";
    static final String PASSWORD = "demo";

    private static final Random RANDOM = new Random();

    private Community() {}

    /** The inbox item about this subject, looked for on every page of staff's inbox. */
    static Optional<JsonNode> inInbox(Gateway staff, String subjectId) {
        for (int page = 0; ; page++) {
            Reply reply = staff.get(BRANCH + "/inbox?size=100&page=" + page);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            Optional<JsonNode> item = reply.items().stream()
                    .filter(candidate -> candidate.path("id").asString().equals(subjectId))
                    .findFirst();
            if (item.isPresent()
                    || (page + 1) * 100L >= reply.json().path("total").asLong()) {
                return item;
            }
        }
    }

    /** A new member of utrecht, signed in with a bearer token. */
    static Gateway newMember(Gateway gateway) {
        String username = "community-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "a long enough secret " + UUID.randomUUID();
        Reply registered = gateway.newBrowser()
                .post(
                        "/api/members",
                        Map.of(
                                "username",
                                username,
                                "email",
                                username + "@example.org",
                                "password",
                                password,
                                "fullName",
                                "Sanne de Wit",
                                "homeBranch",
                                "utrecht"));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return gateway.apiClient(username, password);
    }

    /** A made-up word of this run, so searches and titles find only this journey's content. */
    static String word() {
        StringBuilder letters = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            letters.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return letters.toString();
    }

    /** A query parameter value; spaces as %20 (WebFlux does not read '+' as a space). */
    static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

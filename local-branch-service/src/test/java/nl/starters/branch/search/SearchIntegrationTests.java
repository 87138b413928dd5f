package nl.starters.branch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import nl.starters.branch.testing.BranchResponses;
import nl.starters.servicedefaults.testing.ServiceIntegrationTest;
import nl.starters.servicedefaults.testing.security.TestIdentity;
import nl.starters.servicedefaults.testing.security.TestMember;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Dutch full-text search over published posts and questions. The database is shared with other tests,
 * so each test writes a made-up word of its own into its texts and searches for it.
 */
@ServiceIntegrationTest
class SearchIntegrationTests {

    static final String SEARCH = "/api/branches/utrecht/search?q={q}";
    static final Duration WAIT = Duration.ofSeconds(10);
    static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};

    @Autowired
    WebTestClient web;

    @Autowired
    DatabaseClient db;

    final List<UUID> posts = new ArrayList<>();
    final TestMember member = TestIdentity.memberOf("utrecht");
    String word;

    @BeforeEach
    void aWordOfThisTest() {
        Random random = new Random();
        StringBuilder letters = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        word = letters.toString();
    }

    /** The blog's tests count posts in the shared database: leave none behind. */
    @AfterEach
    void removeThePosts() {
        db.sql("DELETE FROM posts WHERE id = ANY(:ids)")
                .bind("ids", posts.toArray(UUID[]::new))
                .then()
                .block(WAIT);
    }

    @Test
    void bakkerijenFindsPostsAndQuestionsAboutABakkerij() {
        UUID post = post("Een bakkerij beginnen in " + word, "Over deeg en ovens.", false);
        UUID question = ask("Vergunning voor mijn bakkerij " + word + "?", "Wie weet hoe dat werkt?");

        Map<String, Object> page = search("bakkerijen " + word, member);

        assertThat(hits(page))
                .extracting(hit -> hit.get("type") + " " + hit.get("id"))
                .containsExactlyInAnyOrder("POST " + post, "QUESTION " + question);
        assertThat(page.get("total")).isEqualTo(2);
    }

    @Test
    void wordsInTheBodyAndTagsAreFoundTooAndTheTitleRanksHighest() {
        UUID inBody = post("Over ondernemen", "Alles over " + word + " en meer.", false);
        UUID inTitle = post("Alles over " + word, "Gewone tekst.", false);
        UUID inTags = postTagged("Nog een bericht", "Gewone tekst.", word);

        assertThat(hits(search(word, member)))
                .extracting(hit -> hit.get("id"))
                .containsExactly(inTitle.toString(), inTags.toString(), inBody.toString());
    }

    @Test
    void draftsAreNotFound() {
        post("Concept over " + word, "Nog niet klaar.", true);

        assertThat(search(word, member).get("total")).isEqualTo(0);
    }

    @Test
    void hiddenContentIsFoundByStaffOnly() {
        UUID question = ask("Gemelde vraag " + word, "Verborgen.");
        UUID post = post("Gemeld bericht " + word, "Verborgen.", false);
        hide(question, "QUESTION");
        hide(post, "POST");

        assertThat(search(word, member).get("total")).isEqualTo(0);
        assertThat(search(word, TestIdentity.staffOf("utrecht")).get("total")).isEqualTo(2);
    }

    @Test
    void theSnippetIsPlainTextAndItsHtmlMarksOnlyTheMatches() {
        post(
                "Veiligheid",
                "Begin <script>alert(1)</script> met a < b & **" + word + "** <img src=x onerror=alert(2)> hier.",
                false);

        Map<String, Object> hit = hits(search(word, member)).get(0);

        String snippet = (String) hit.get("snippet");
        String html = (String) hit.get("snippetHtml");
        assertThat(snippet).contains(word, "a < b &").doesNotContain("\u0002", "\u0003", "<script", "**");
        assertThat(html)
                .contains("<mark>" + word + "</mark>", "a &lt; b &amp;")
                .doesNotContain("<script", "<img", "\u0002", "\u0003");
        assertThat(html.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
    }

    @Test
    void webSearchSyntaxExcludesWords() {
        UUID kept = post("Over " + word, "Belasting.", false);
        post("Over " + word, "Verzekering.", false);

        assertThat(hits(search(word + " -verzekering", member)))
                .extracting(hit -> hit.get("id"))
                .containsExactly(kept.toString());
    }

    @Test
    void resultsArePagedWithTheTotal() {
        for (int i = 0; i < 3; i++) {
            post("Bericht " + i + " " + word, "Tekst.", false);
        }

        Map<String, Object> page = BranchResponses.page(web, member, SEARCH + "&page=1&size=2", word);
        assertThat(page).containsEntry("total", 3).containsEntry("page", 1).containsEntry("size", 2);
        assertThat(hits(page)).hasSize(1);
    }

    @Test
    void onlyStopWordsFindNothing() {
        assertThat(search("de het een", member).get("total")).isEqualTo(0);
    }

    @Test
    void aSearchNeedsWordsAndASignedInMember() {
        web.get()
                .uri("/api/branches/utrecht/search")
                .header(HttpHeaders.AUTHORIZATION, member.bearer())
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.detail")
                .isEqualTo("q: say what to search for, in 1 to 200 characters");
        web.get()
                .uri(SEARCH, "x".repeat(201))
                .header(HttpHeaders.AUTHORIZATION, member.bearer())
                .exchange()
                .expectStatus()
                .isBadRequest();
        web.get().uri(SEARCH, word).exchange().expectStatus().isUnauthorized();
        assertThat(search(word, TestIdentity.memberOf("groningen")).get("total"))
                .isEqualTo(0);
    }

    private Map<String, Object> search(String q, TestMember reader) {
        return BranchResponses.page(web, reader, SEARCH, q);
    }

    private static List<Map<String, Object>> hits(Map<String, Object> page) {
        return BranchResponses.items(page);
    }

    private UUID post(String title, String body, boolean draft) {
        return insertPost(title, body, draft, new String[0]);
    }

    private UUID postTagged(String title, String body, String tag) {
        return insertPost(title, body, false, new String[] {tag});
    }

    private UUID insertPost(String title, String body, boolean draft, String[] tags) {
        UUID id = UUID.randomUUID();
        posts.add(id);
        Instant now = Instant.now();
        db.sql("""
                        INSERT INTO posts (id, author_id, title, body, tags, draft, created_at, published_at)
                        VALUES (:id, :author, :title, :body, :tags, :draft, :now, CASE WHEN :draft THEN NULL ELSE :now END)""")
                .bind("id", id)
                .bind("author", UUID.randomUUID())
                .bind("title", title)
                .bind("body", body)
                .bind("tags", tags)
                .bind("draft", draft)
                .bind("now", now)
                .then()
                .block(WAIT);
        return id;
    }

    private UUID ask(String title, String body) {
        Map<String, Object> question = web.post()
                .uri("/api/branches/utrecht/questions")
                .header(HttpHeaders.AUTHORIZATION, member.bearer())
                .bodyValue(Map.of("title", title, "body", body))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
        return UUID.fromString((String) question.get("id"));
    }

    private void hide(UUID subject, String kind) {
        db.sql("INSERT INTO moderation_states (subject_id, subject_kind, state, updated_at)"
                        + " VALUES (:id, :kind, 'HIDDEN', now())")
                .bind("id", subject)
                .bind("kind", kind)
                .then()
                .block(WAIT);
    }
}

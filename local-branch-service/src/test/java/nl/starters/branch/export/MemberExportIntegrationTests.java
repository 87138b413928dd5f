package nl.starters.branch.export;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.starters.branch.testing.BranchTestData;
import nl.starters.servicedefaults.testing.ServiceIntegrationTest;
import nl.starters.servicedefaults.testing.security.TestIdentity;
import nl.starters.servicedefaults.testing.security.TestMember;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

@ServiceIntegrationTest
class MemberExportIntegrationTests {

    static final String EXPORT = "/api/branches/utrecht/members/me/export";

    @Autowired
    WebTestClient web;

    @Autowired
    DatabaseClient db;

    final List<UUID> authors = new ArrayList<>();

    /** The feed tests share this database: leave no posts behind. */
    @AfterEach
    void removeThePosts() {
        db.sql("DELETE FROM posts WHERE author_id = ANY(:authors)")
                .bind("authors", authors.toArray(UUID[]::new))
                .then()
                .block(Duration.ofSeconds(5));
    }

    @Test
    void exportsTheCallersPostsDraftsIncludedAndHowThisBranchKnowsThem() {
        TestMember author = TestIdentity.memberOf("utrecht");
        TestMember someoneElse = TestIdentity.memberOf("utrecht");
        UUID published = post(author, "Starting a bakery", "**Dough** first", false, "2026-02-01T10:00:00Z");
        UUID draft = post(author, "Half-finished thoughts", "draft text", true, "2026-02-02T10:00:00Z");
        post(someoneElse, "Not theirs", "someone else's", false, "2026-02-01T11:00:00Z");
        knownAs(author, "Sanne Bakker");

        web.get()
                .uri(EXPORT)
                .header(HttpHeaders.AUTHORIZATION, author.bearer())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.memberId")
                .isEqualTo(author.id().toString())
                .jsonPath("$.service")
                .isEqualTo("branch-utrecht")
                .jsonPath("$.items.posts.length()")
                .isEqualTo(2)
                .jsonPath("$.items.posts[0].id")
                .isEqualTo(published.toString())
                .jsonPath("$.items.posts[0].body")
                .isEqualTo("**Dough** first")
                .jsonPath("$.items.posts[0].tags[0]")
                .isEqualTo("bakery")
                .jsonPath("$.items.posts[0].draft")
                .isEqualTo(false)
                .jsonPath("$.items.posts[1].id")
                .isEqualTo(draft.toString())
                .jsonPath("$.items.posts[1].draft")
                .isEqualTo(true)
                .jsonPath("$.items.memberCopy[0].displayName")
                .isEqualTo("Sanne Bakker")
                .jsonPath("$.items.memberCopy[0].homeBranch")
                .isEqualTo("utrecht");
    }

    @Test
    void aMemberWithNothingHereGetsEveryKindEmpty() {
        web.get()
                .uri(EXPORT)
                .header(
                        HttpHeaders.AUTHORIZATION,
                        TestIdentity.memberOf("groningen").bearer())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.items.posts")
                .isEmpty()
                .jsonPath("$.items.memberCopy")
                .isEmpty();
    }

    @Test
    void anotherBranchsExportIsNotFoundHere() {
        web.get()
                .uri("/api/branches/groningen/members/me/export")
                .header(
                        HttpHeaders.AUTHORIZATION,
                        TestIdentity.memberOf("groningen").bearer())
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    private UUID post(TestMember author, String title, String body, boolean draft, String createdAt) {
        UUID id = UUID.randomUUID();
        authors.add(author.id());
        Instant created = Instant.parse(createdAt);
        db.sql("""
                        INSERT INTO posts (id, author_id, title, body, tags, draft, created_at, published_at)
                        VALUES (:id, :author, :title, :body, ARRAY['bakery'], :draft, :created,
                                CASE WHEN :draft THEN NULL ELSE :created END)""")
                .bind("id", id)
                .bind("author", author.id())
                .bind("title", title)
                .bind("body", body)
                .bind("draft", draft)
                .bind("created", created)
                .then()
                .block(Duration.ofSeconds(5));
        return id;
    }

    private void knownAs(TestMember member, String displayName) {
        BranchTestData.known(db, member, displayName, false);
    }
}

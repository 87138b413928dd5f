package nl.starters.branch.blog;

import java.time.Duration;
import java.util.UUID;
import nl.starters.servicedefaults.testing.ServiceIntegrationTest;
import nl.starters.servicedefaults.testing.security.TestIdentity;
import nl.starters.servicedefaults.testing.security.TestMember;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The public home feed: newest first, paged, filtered by tag, its total kept without counting every post. */
@ServiceIntegrationTest
class FeedIntegrationTests {

    static final TestMember STAFF = TestIdentity.staffOf("utrecht");

    @Autowired
    WebTestClient web;

    @Autowired
    DatabaseClient db;

    Blog blog;

    @BeforeEach
    void staffWhoWrite() {
        blog = new Blog(web, db);
        blog.knownAs(STAFF, "Eva de Vries", true);
    }

    @AfterEach
    void leaveNothingBehind() {
        blog.forgetWhatTheTestWrote();
    }

    @Test
    void pagesRunNewestFirstWithTheTotalOnEveryPage() {
        UUID first = blog.published(STAFF, "One", "1");
        UUID second = blog.published(STAFF, "Two", "2");
        UUID third = blog.published(STAFF, "Three", "3");

        blog.get(null, Blog.POSTS + "?size=2")
                .expectBody()
                .jsonPath("$.items.length()")
                .isEqualTo(2)
                .jsonPath("$.items[0].id")
                .isEqualTo(third.toString())
                .jsonPath("$.items[1].id")
                .isEqualTo(second.toString())
                .jsonPath("$.total")
                .isEqualTo(3);
        blog.get(null, Blog.POSTS + "?size=2&page=1")
                .expectBody()
                .jsonPath("$.items.length()")
                .isEqualTo(1)
                .jsonPath("$.items[0].id")
                .isEqualTo(first.toString())
                .jsonPath("$.total")
                .isEqualTo(3);
        blog.get(null, Blog.POSTS + "?size=2&page=5")
                .expectBody()
                .jsonPath("$.items")
                .isEmpty()
                .jsonPath("$.page")
                .isEqualTo(5)
                .jsonPath("$.total")
                .isEqualTo(3);
    }

    @Test
    void aTagFiltersTheFeedWhateverItsCase() {
        UUID tax = blog.published(STAFF, "VAT", "v", "tax", "admin");
        blog.published(STAFF, "Coffee", "c", "social");

        blog.get(null, Blog.POSTS + "?tag= Tax ")
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(1)
                .jsonPath("$.items.length()")
                .isEqualTo(1)
                .jsonPath("$.items[0].id")
                .isEqualTo(tax.toString())
                .jsonPath("$.items[0].tags[0]")
                .isEqualTo("tax");
        blog.get(null, Blog.POSTS + "?tag=nothing")
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(0);
    }

    @Test
    void theTotalFollowsPostsWrittenBehindTheServicesBack() {
        blog.published(STAFF, "Through the API", "a");
        db.sql("INSERT INTO posts (id, author_id, title, body, draft, created_at, published_at)"
                        + " VALUES (gen_random_uuid(), :author, 'Bulk loaded', 'b', false, now(), now()),"
                        + " (gen_random_uuid(), :author, 'Bulk draft', 'b', true, now(), NULL)")
                .bind("author", STAFF.id())
                .then()
                .block(Duration.ofSeconds(5));

        blog.get(null, Blog.POSTS).expectBody().jsonPath("$.total").isEqualTo(2);

        db.sql("DELETE FROM posts WHERE title = 'Bulk loaded'").then().block(Duration.ofSeconds(5));
        blog.get(null, Blog.POSTS).expectBody().jsonPath("$.total").isEqualTo(1);
    }

    @Test
    void aBadPageOrTagIsAProblem() {
        blog.get(null, Blog.POSTS + "?page=-1").expectStatus().isBadRequest();
        blog.get(null, Blog.POSTS + "?tag=" + "t".repeat(41)).expectStatus().isBadRequest();
    }
}

package nl.starters.branch.blog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.starters.servicedefaults.testing.ServiceIntegrationTest;
import nl.starters.servicedefaults.testing.security.TestIdentity;
import nl.starters.servicedefaults.testing.security.TestMember;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Staff write, publish and edit the branch blog; nobody else writes it. */
@ServiceIntegrationTest
class PostWritingIntegrationTests {

    static final TestMember STAFF = TestIdentity.staffOf("utrecht");
    static final TestMember MEMBER = TestIdentity.memberOf("utrecht");

    @Autowired
    WebTestClient web;

    @Autowired
    DatabaseClient db;

    Blog blog;

    @BeforeEach
    void theBranchKnowsItsPeople() {
        blog = new Blog(web, db);
        blog.knownAs(STAFF, "Eva de Vries", true);
        blog.knownAs(MEMBER, "Sanne Bakker", false);
    }

    @AfterEach
    void leaveNothingBehind() {
        blog.forgetWhatTheTestWrote();
    }

    @Test
    void staffPublishAPostAtOnceWithTheirBadgeAndALocation() {
        blog.write(
                        STAFF,
                        Map.of(
                                "title",
                                "Your first invoice",
                                "body",
                                "Use **clear** terms",
                                "tags",
                                List.of("Tax ", "tax", "invoices")))
                .expectStatus()
                .isCreated()
                .expectHeader()
                .value(
                        HttpHeaders.LOCATION,
                        location -> assertThat(location).startsWith("/api/branches/utrecht/posts/"))
                .expectBody()
                .jsonPath("$.id")
                .isNotEmpty()
                .jsonPath("$.title")
                .isEqualTo("Your first invoice")
                .jsonPath("$.bodyHtml")
                .isEqualTo("<p>Use <strong>clear</strong> terms</p>\n")
                .jsonPath("$.body")
                .isEqualTo("Use **clear** terms")
                .jsonPath("$.tags")
                .isEqualTo(List.of("tax", "invoices"))
                .jsonPath("$.draft")
                .isEqualTo(false)
                .jsonPath("$.publishedAt")
                .isNotEmpty()
                .jsonPath("$.editedAt")
                .doesNotExist()
                .jsonPath("$.author.id")
                .isEqualTo(STAFF.id().toString())
                .jsonPath("$.author.displayName")
                .isEqualTo("Eva de Vries")
                .jsonPath("$.author.staff")
                .isEqualTo(true)
                .jsonPath("$.commentCount")
                .isEqualTo(0);
    }

    @Test
    void publishingRecordsOneActivity() {
        UUID id = blog.published(STAFF, "Opening hours", "We are open");

        assertThat(blog.activitiesAbout(id)).containsExactly("POST_PUBLISHED");
    }

    @Test
    void aDraftIsSeenByStaffOnlyUntilItIsPublishedOnce() {
        UUID id = blog.draft(STAFF, "Next month's meetup");
        assertThat(blog.activitiesAbout(id)).isEmpty();

        blog.get(null, Blog.POST, id).expectStatus().isNotFound();
        blog.get(MEMBER, Blog.POST, id).expectStatus().isNotFound();
        blog.get(TestIdentity.staffOf("groningen"), Blog.POST, id)
                .expectStatus()
                .isNotFound();
        blog.get(STAFF, Blog.POST, id)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.draft")
                .isEqualTo(true);
        blog.get(null, Blog.POSTS).expectBody().jsonPath("$.total").isEqualTo(0);
        blog.get(STAFF, Blog.POSTS + "?drafts=true")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.items[0].id")
                .isEqualTo(id.toString())
                .jsonPath("$.items[0].draft")
                .isEqualTo(true)
                .jsonPath("$.total")
                .isEqualTo(1);

        blog.edit(STAFF, id, Map.of("title", "Next month's meetup", "body", "Ready now", "draft", false))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.draft")
                .isEqualTo(false)
                .jsonPath("$.publishedAt")
                .isNotEmpty()
                .jsonPath("$.editedAt")
                .doesNotExist();
        blog.edit(STAFF, id, Map.of("title", "Next month's meetup", "body", "Ready now, really", "draft", false))
                .expectStatus()
                .isOk();

        blog.get(null, Blog.POST, id)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.bodyHtml")
                .isEqualTo("<p>Ready now, really</p>\n");
        blog.get(null, Blog.POSTS)
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(1)
                .jsonPath("$.items[0].id")
                .isEqualTo(id.toString());
        blog.get(STAFF, Blog.POSTS + "?drafts=true")
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(0);
        assertThat(blog.activitiesAbout(id)).containsExactly("POST_PUBLISHED");
    }

    @Test
    void editingAPublishedPostShowsItAsEdited() {
        UUID id = blog.published(STAFF, "Funding", "Three ways", "money");

        blog.edit(TestIdentity.staffOf("utrecht"), id, Map.of("title", "Funding, updated", "body", "Four ways"))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.title")
                .isEqualTo("Funding, updated")
                .jsonPath("$.tags")
                .isEmpty()
                .jsonPath("$.draft")
                .isEqualTo(false)
                .jsonPath("$.editedAt")
                .isNotEmpty()
                .jsonPath("$.author.id")
                .isEqualTo(STAFF.id().toString());

        blog.get(null, Blog.POSTS).expectBody().jsonPath("$.items[0].editedAt").isNotEmpty();
        blog.get(null, Blog.POST, id).expectBody().jsonPath("$.editedAt").isNotEmpty();
    }

    @Test
    void savingAPublishedPostUnchangedDoesNotMarkItEdited() {
        UUID id = blog.published(STAFF, "Funding", "Three ways", "money");

        blog.edit(STAFF, id, Map.of("title", "Funding", "body", "Three ways", "tags", List.of("Money")))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.editedAt")
                .doesNotExist();
    }

    @Test
    void aPublishedPostCannotGoBackToDraft() {
        UUID id = blog.published(STAFF, "Funding", "Three ways");

        blog.edit(STAFF, id, Map.of("title", "Funding", "body", "Three ways", "draft", true))
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.detail")
                .value(String.class, detail -> assertThat(detail).contains("cannot become a draft"));
    }

    @Test
    void membersAndOtherBranchesStaffCannotWriteOrEditPosts() {
        UUID id = blog.published(STAFF, "Funding", "Three ways");
        var post = Map.of("title", "Mine now", "body", "Overwritten");
        for (TestMember outsider :
                List.of(MEMBER, TestIdentity.staffOf("groningen"), TestIdentity.coordinator(), TestIdentity.admin())) {
            blog.write(outsider, post).expectStatus().isForbidden();
            blog.edit(outsider, id, post).expectStatus().isForbidden();
            blog.get(outsider, Blog.POSTS + "?drafts=true").expectStatus().isForbidden();
        }
        web.post().uri(Blog.POSTS).bodyValue(post).exchange().expectStatus().isUnauthorized();
        web.get().uri(Blog.POSTS + "?drafts=true").exchange().expectStatus().isUnauthorized();
        blog.get(null, Blog.POST, id).expectBody().jsonPath("$.title").isEqualTo("Funding");
    }

    @Test
    void editingAnUnknownPostIsNotFound() {
        blog.edit(STAFF, UUID.randomUUID(), Map.of("title", "Nothing", "body", "here"))
                .expectStatus()
                .isNotFound();
    }

    @Test
    void invalidPostsAreProblemsNamingTheField() {
        expectInvalid(Map.of("body", "no title"), "title");
        expectInvalid(Map.of("title", "ab", "body", "too short a title"), "title: size must be between 3 and 200");
        expectInvalid(Map.of("title", "x".repeat(201), "body", "long title"), "title: size must be between 3 and 200");
        expectInvalid(Map.of("title", "No body"), "body");
        expectInvalid(
                Map.of("title", "Long body", "body", "x".repeat(20_001)), "body: size must be between 0 and 20000");
        expectInvalid(
                Map.of("title", "Six tags", "body", "b", "tags", List.of("a", "b", "c", "d", "e", "f")),
                "tags: at most 5");
        expectInvalid(
                Map.of("title", "Blank tag", "body", "b", "tags", List.of(" ")), "tags: each tag must be 1 to 40");
        expectInvalid(
                Map.of("title", "Long tag", "body", "b", "tags", List.of("t".repeat(41))),
                "tags: each tag must be 1 to 40");
        blog.get(null, Blog.POSTS).expectBody().jsonPath("$.total").isEqualTo(0);
    }

    @Test
    void aBodyOverOneMebibyteIsTooLarge() {
        blog.write(STAFF, Map.of("title", "Huge", "body", "x".repeat(1_100_000)))
                .expectStatus()
                .isEqualTo(413);
    }

    @Test
    void fiveTagsWithDuplicatesAreFine() {
        blog.write(STAFF, Map.of("title", "Tags", "body", "b", "tags", List.of("a", "b", "c", "d", "e", "A", " e ")))
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.tags")
                .isEqualTo(List.of("a", "b", "c", "d", "e"));
    }

    private void expectInvalid(Map<String, ?> post, String detail) {
        blog.write(STAFF, post)
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.detail")
                .value(String.class, actual -> assertThat(actual).contains(detail));
    }
}

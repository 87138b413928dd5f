package nl.starters.branch.blog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import nl.starters.servicedefaults.testing.ServiceIntegrationTest;
import nl.starters.servicedefaults.testing.security.TestIdentity;
import nl.starters.servicedefaults.testing.security.TestMember;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Members of the branch comment on published posts; staff keep the reply promise by answering. */
@ServiceIntegrationTest
class CommentIntegrationTests {

    static final TestMember STAFF = TestIdentity.staffOf("utrecht");
    static final TestMember MEMBER = TestIdentity.memberOf("utrecht");
    static final TestMember OTHER_MEMBER = TestIdentity.memberOf("utrecht");

    @Autowired
    WebTestClient web;

    @Autowired
    DatabaseClient db;

    Blog blog;
    UUID post;

    @BeforeEach
    void aPublishedPost() {
        blog = new Blog(web, db);
        blog.knownAs(STAFF, "Eva de Vries", true);
        blog.knownAs(MEMBER, "Sanne Bakker", false);
        blog.knownAs(OTHER_MEMBER, "Bakkerij Noord", false);
        post = blog.published(STAFF, "Your first invoice", "Ask us anything");
    }

    @AfterEach
    void leaveNothingBehind() {
        blog.forgetWhatTheTestWrote();
    }

    @Test
    void aMemberCommentsAndSeesTheirOwnSource() {
        blog.comment(MEMBER, post, "Do I need a *KvK* number?")
                .expectStatus()
                .isCreated()
                .expectHeader()
                .exists("Location")
                .expectBody()
                .jsonPath("$.id")
                .isNotEmpty()
                .jsonPath("$.postId")
                .isEqualTo(post.toString())
                .jsonPath("$.bodyHtml")
                .isEqualTo("<p>Do I need a <em>KvK</em> number?</p>\n")
                .jsonPath("$.body")
                .isEqualTo("Do I need a *KvK* number?")
                .jsonPath("$.author.displayName")
                .isEqualTo("Sanne Bakker")
                .jsonPath("$.author.staff")
                .isEqualTo(false)
                .jsonPath("$.createdAt")
                .isNotEmpty();
    }

    @Test
    void theSourceOfACommentIsHiddenFromOtherMembersButNotFromStaff() {
        blog.commented(MEMBER, post, "My *own* words");

        blog.get(OTHER_MEMBER, Blog.COMMENTS, post)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.items[0].bodyHtml")
                .isEqualTo("<p>My <em>own</em> words</p>\n")
                .jsonPath("$.items[0].body")
                .doesNotExist();
        blog.get(STAFF, Blog.COMMENTS, post)
                .expectBody()
                .jsonPath("$.items[0].body")
                .isEqualTo("My *own* words");
        blog.get(MEMBER, Blog.COMMENTS, post)
                .expectBody()
                .jsonPath("$.items[0].body")
                .isEqualTo("My *own* words");
    }

    @Test
    void thePostsSourceIsForStaffOnly() {
        blog.get(null, Blog.POST, post).expectBody().jsonPath("$.body").doesNotExist();
        blog.get(MEMBER, Blog.POST, post).expectBody().jsonPath("$.body").doesNotExist();
        blog.get(TestIdentity.staffOf("groningen"), Blog.POST, post)
                .expectBody()
                .jsonPath("$.body")
                .doesNotExist();
        blog.get(STAFF, Blog.POST, post).expectBody().jsonPath("$.body").isEqualTo("Ask us anything");
    }

    @Test
    void commentsCannotRunScriptInAnotherMembersBrowser() {
        blog.commented(
                MEMBER,
                post,
                String.join(
                        "\n\n",
                        "<script>alert(1)</script>",
                        "<img src=x onerror=alert(2)>",
                        "<a href=\"https://example.org\" onclick=\"alert(4)\">x</a>",
                        "[bad](javascript:alert(3)) [good](https://example.org/start)"));

        String html = blog.get(OTHER_MEMBER, Blog.COMMENTS, post)
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody()
                .get("items")
                .toString();
        List<String> elements = Pattern.compile("<[^>]*>")
                .matcher(html)
                .results()
                .map(MatchResult::group)
                .toList();
        assertThat(elements)
                .contains("<a href=\"https://example.org/start\" rel=\"nofollow noopener noreferrer\">")
                .allMatch(element -> element.matches(
                        "</?p>|</a>|<a href=\"(https://[^\"]*)?\" rel=\"nofollow noopener noreferrer\">"));
        assertThat(html).contains("&lt;script&gt;");
    }

    @Test
    void theFeedAndThePostCountComments() {
        blog.commented(MEMBER, post, "First");
        blog.commented(OTHER_MEMBER, post, "Second");
        UUID quiet = blog.published(STAFF, "Quiet post", "Nobody says anything");

        blog.get(null, Blog.POSTS)
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(2)
                .jsonPath("$.items[0].id")
                .isEqualTo(quiet.toString())
                .jsonPath("$.items[0].commentCount")
                .isEqualTo(0)
                .jsonPath("$.items[1].id")
                .isEqualTo(post.toString())
                .jsonPath("$.items[1].commentCount")
                .isEqualTo(2)
                .jsonPath("$.items[1].author.displayName")
                .isEqualTo("Eva de Vries")
                .jsonPath("$.items[1].author.staff")
                .isEqualTo(true);
        blog.get(MEMBER, Blog.POST, post)
                .expectBody()
                .jsonPath("$.commentCount")
                .isEqualTo(2)
                .jsonPath("$.comments[0].bodyHtml")
                .isEqualTo("<p>First</p>\n")
                .jsonPath("$.comments[1].bodyHtml")
                .isEqualTo("<p>Second</p>\n");
        blog.get(null, Blog.POST, post)
                .expectBody()
                .jsonPath("$.commentCount")
                .isEqualTo(2)
                .jsonPath("$.comments")
                .doesNotExist();
    }

    @Test
    void theThreadIsPagedOldestFirstForSignedInReadersOnly() {
        for (int i = 1; i <= 3; i++) {
            blog.commented(MEMBER, post, "Comment " + i);
        }

        blog.get(OTHER_MEMBER, Blog.COMMENTS + "?page=1&size=2", post)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.items.length()")
                .isEqualTo(1)
                .jsonPath("$.items[0].bodyHtml")
                .isEqualTo("<p>Comment 3</p>\n")
                .jsonPath("$.page")
                .isEqualTo(1)
                .jsonPath("$.size")
                .isEqualTo(2)
                .jsonPath("$.total")
                .isEqualTo(3);
        web.get().uri(Blog.COMMENTS, post).exchange().expectStatus().isUnauthorized();
    }

    @Test
    void theFirstMemberCommentOpensTheReplyPromiseAndAStaffCommentKeepsIt() {
        blog.commented(STAFF, post, "Staff start the conversation");
        assertThat(blog.promiseOf(post)).isEmpty();

        blog.commented(MEMBER, post, "A question");
        blog.commented(OTHER_MEMBER, post, "Me too");
        assertThat(blog.promiseOf(post))
                .containsEntry("kind", "COMMENT_THREAD")
                .containsEntry("title", "Your first invoice")
                .containsEntry("replied_at", null);

        UUID answer = blog.commented(STAFF, post, "Here is the answer");
        assertThat(blog.promiseOf(post)).containsEntry("replied_by", STAFF.id());
        assertThat(blog.activitiesAbout(answer)).containsExactly("COMMENT");
        assertThat(blog.activitiesAbout(post)).containsExactly("POST_PUBLISHED", "FIRST_STAFF_REPLY");
    }

    @Test
    void everyCommentIsAnActivity() {
        UUID comment = blog.commented(MEMBER, post, "Thanks");

        assertThat(blog.activitiesAbout(comment)).containsExactly("COMMENT");
    }

    @Test
    void membersOfOtherBranchesAndStaffElsewhereCannotComment() {
        blog.comment(TestIdentity.memberOf("groningen"), post, "From afar")
                .expectStatus()
                .isForbidden();
        blog.comment(TestIdentity.staffOf("groningen"), post, "From afar")
                .expectStatus()
                .isForbidden();
        web.post()
                .uri(Blog.COMMENTS, post)
                .bodyValue(Map.of("body", "anonymous"))
                .exchange()
                .expectStatus()
                .isUnauthorized();

        blog.get(null, Blog.POSTS)
                .expectBody()
                .jsonPath("$.items[0].commentCount")
                .isEqualTo(0);
    }

    @Test
    void nobodyCommentsOnADraftOrAnUnknownPost() {
        UUID draft = blog.draft(STAFF, "Unfinished");

        blog.comment(MEMBER, draft, "Early bird").expectStatus().isNotFound();
        blog.comment(STAFF, draft, "Early bird").expectStatus().isNotFound();
        blog.comment(MEMBER, UUID.randomUUID(), "Nowhere").expectStatus().isNotFound();
        blog.get(MEMBER, Blog.COMMENTS, draft).expectStatus().isNotFound();
    }

    @Test
    void anInvalidCommentIsAProblemNamingTheBody() {
        for (var body : List.<Map<String, ?>>of(Map.of(), Map.of("body", " "), Map.of("body", "x".repeat(20_001)))) {
            web.post()
                    .uri(Blog.COMMENTS, post)
                    .header("Authorization", MEMBER.bearer())
                    .bodyValue(body)
                    .exchange()
                    .expectStatus()
                    .isBadRequest()
                    .expectBody()
                    .jsonPath("$.detail")
                    .value(String.class, detail -> assertThat(detail).startsWith("body: "));
        }
    }

    @Test
    void anErasedAuthorShowsAsAFormerMemberAndTheirWordsStay() {
        blog.commented(MEMBER, post, "I was here");
        blog.erased(MEMBER);
        blog.erased(STAFF);

        blog.get(OTHER_MEMBER, Blog.POST, post)
                .expectBody()
                .jsonPath("$.author.displayName")
                .isEqualTo("former member")
                .jsonPath("$.author.staff")
                .isEqualTo(false)
                .jsonPath("$.comments[0].author.displayName")
                .isEqualTo("former member")
                .jsonPath("$.comments[0].bodyHtml")
                .isEqualTo("<p>I was here</p>\n");
        blog.get(null, Blog.POSTS)
                .expectBody()
                .jsonPath("$.items[0].author.displayName")
                .isEqualTo("former member");
    }

    @Test
    void theExportHoldsTheMembersCommentsAsWritten() {
        UUID comment = blog.commented(MEMBER, post, "**Mine**");
        blog.commented(OTHER_MEMBER, post, "Not mine");

        blog.get(MEMBER, "/api/branches/utrecht/members/me/export")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.items.comments.length()")
                .isEqualTo(1)
                .jsonPath("$.items.comments[0].id")
                .isEqualTo(comment.toString())
                .jsonPath("$.items.comments[0].postId")
                .isEqualTo(post.toString())
                .jsonPath("$.items.comments[0].postTitle")
                .isEqualTo("Your first invoice")
                .jsonPath("$.items.comments[0].body")
                .isEqualTo("**Mine**");
    }
}

package nl.starters.branch.blog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import nl.starters.branch.moderation.ContentRef;
import nl.starters.branch.moderation.ModeratedContent;
import nl.starters.servicedefaults.testing.ServiceIntegrationTest;
import nl.starters.servicedefaults.testing.security.TestIdentity;
import nl.starters.servicedefaults.testing.security.TestMember;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Hidden content is gone for members and anonymous readers; staff still see it to review it. */
@ServiceIntegrationTest
class BlogModerationIntegrationTests {

    static final TestMember STAFF = TestIdentity.staffOf("utrecht");
    static final TestMember MEMBER = TestIdentity.memberOf("utrecht");

    @Autowired
    WebTestClient web;

    @Autowired
    DatabaseClient db;

    @Autowired
    java.util.List<ModeratedContent> content;

    Blog blog;
    UUID post;

    @BeforeEach
    void aPublishedPost() {
        blog = new Blog(web, db);
        blog.knownAs(STAFF, "Eva de Vries", true);
        blog.knownAs(MEMBER, "Sanne Bakker", false);
        post = blog.published(STAFF, "Pricing your work", "Start high");
    }

    @AfterEach
    void leaveNothingBehind() {
        blog.forgetWhatTheTestWrote();
    }

    @Test
    void aDraftIsNotContentModerationCanFind() {
        UUID draft = blog.draft(STAFF, "Not out yet");
        BlogContent blogContent = content.stream()
                .filter(BlogContent.class::isInstance)
                .map(BlogContent.class::cast)
                .findFirst()
                .orElseThrow();

        assertThat(blogContent.find("POST", draft).blockOptional(Blog.WAIT)).isEmpty();
        assertThat(blogContent.find("POST", post).blockOptional(Blog.WAIT)).isPresent();
    }

    @Test
    void aHiddenPostIsNotFoundForMembersAndAnonymousButStaffStillSeeIt() {
        UUID other = blog.published(STAFF, "Visible post", "Fine");
        blog.moderated(post, "POST", "HIDDEN");

        blog.get(null, Blog.POST, post).expectStatus().isNotFound();
        blog.get(MEMBER, Blog.POST, post).expectStatus().isNotFound();
        blog.comment(MEMBER, post, "Still there?").expectStatus().isNotFound();
        blog.get(null, Blog.POSTS)
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(1)
                .jsonPath("$.items.length()")
                .isEqualTo(1)
                .jsonPath("$.items[0].id")
                .isEqualTo(other.toString());
        blog.get(STAFF, Blog.POST, post).expectStatus().isOk();
        blog.get(STAFF, Blog.POSTS).expectBody().jsonPath("$.total").isEqualTo(2);
    }

    @Test
    void aRemovedPostIsGoneForStaffToo() {
        blog.moderated(post, "POST", "REMOVED");

        blog.get(STAFF, Blog.POST, post).expectStatus().isNotFound();
        blog.get(STAFF, Blog.POSTS).expectBody().jsonPath("$.total").isEqualTo(0);
    }

    @Test
    void aHiddenCommentIsLeftOutOfThreadsAndCountsForMembers() {
        UUID hidden = blog.commented(MEMBER, post, "Rude words");
        blog.commented(MEMBER, post, "Kind words");
        blog.moderated(hidden, "COMMENT", "HIDDEN");

        blog.get(MEMBER, Blog.COMMENTS, post)
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(1)
                .jsonPath("$.items[0].bodyHtml")
                .isEqualTo("<p>Kind words</p>\n");
        blog.get(MEMBER, Blog.POST, post)
                .expectBody()
                .jsonPath("$.commentCount")
                .isEqualTo(1)
                .jsonPath("$.comments.length()")
                .isEqualTo(1);
        blog.get(null, Blog.POSTS)
                .expectBody()
                .jsonPath("$.items[0].commentCount")
                .isEqualTo(1);
        blog.get(STAFF, Blog.COMMENTS, post).expectBody().jsonPath("$.total").isEqualTo(2);
        blog.get(STAFF, Blog.POSTS)
                .expectBody()
                .jsonPath("$.items[0].commentCount")
                .isEqualTo(2);
    }

    @Test
    void moderationFindsPostsAndCommentsByKind() {
        UUID comment = blog.commented(MEMBER, post, "Flag me");
        ModeratedContent blogContent = content.stream()
                .filter(feature -> feature.kinds().contains("COMMENT"))
                .findFirst()
                .orElseThrow();

        assertThat(blogContent.kinds()).containsExactlyInAnyOrder("POST", "COMMENT");
        assertThat(blogContent.find("POST", post).block(Duration.ofSeconds(5)))
                .isEqualTo(new ContentRef("POST", post, STAFF.id(), "Pricing your work"));
        assertThat(blogContent.find("COMMENT", comment).block(Duration.ofSeconds(5)))
                .isEqualTo(new ContentRef("COMMENT", comment, MEMBER.id(), "Comment on Pricing your work"));
        assertThat(blogContent.find("COMMENT", post).blockOptional(Duration.ofSeconds(5)))
                .isEmpty();
        assertThat(blogContent.find("QUESTION", post).blockOptional(Duration.ofSeconds(5)))
                .isEmpty();
    }
}

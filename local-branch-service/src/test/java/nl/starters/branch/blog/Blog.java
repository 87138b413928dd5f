package nl.starters.branch.blog;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.starters.branch.testing.BranchTestData;
import nl.starters.servicedefaults.testing.security.TestMember;
import org.springframework.http.HttpHeaders;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The blog as the tests drive it: its endpoints, the member copy and the tables behind them. */
final class Blog {

    static final String POSTS = "/api/branches/utrecht/posts";
    static final String POST = POSTS + "/{id}";
    static final String COMMENTS = POST + "/comments";
    static final Duration WAIT = Duration.ofSeconds(10);

    private final WebTestClient web;
    private final DatabaseClient db;
    private final List<UUID> members = new ArrayList<>();
    private final List<UUID> moderated = new ArrayList<>();

    Blog(WebTestClient web, DatabaseClient db) {
        this.web = web;
        this.db = db;
    }

    /**
     * The tests share one database with the other test classes (whose feed must start empty): removes
     * what the test's members wrote and what was moderated, and the members.
     */
    void forgetWhatTheTestWrote() {
        UUID[] ids = members.toArray(UUID[]::new);
        String theirPosts = "(SELECT id FROM posts WHERE author_id = ANY(:members))";
        for (String statement : List.of(
                "DELETE FROM comments WHERE author_id = ANY(:members) OR post_id IN " + theirPosts,
                "DELETE FROM reply_promises WHERE subject_id IN " + theirPosts,
                "DELETE FROM posts WHERE author_id = ANY(:members)",
                "DELETE FROM members WHERE id = ANY(:members)")) {
            db.sql(statement).bind("members", ids).then().block(WAIT);
        }
        db.sql("DELETE FROM moderation_states WHERE subject_id = ANY(:subjects)")
                .bind("subjects", moderated.toArray(UUID[]::new))
                .then()
                .block(WAIT);
    }

    void knownAs(TestMember member, String displayName, boolean staff) {
        members.add(member.id());
        BranchTestData.known(db, member, displayName, staff);
    }

    void erased(TestMember member) {
        db.sql("UPDATE members SET erased = true, display_name = '' WHERE id = :id")
                .bind("id", member.id())
                .then()
                .block(WAIT);
    }

    void moderated(UUID subject, String kind, String state) {
        moderated.add(subject);
        db.sql("INSERT INTO moderation_states (subject_id, subject_kind, state, updated_at)"
                        + " VALUES (:id, :kind, :state, now())")
                .bind("id", subject)
                .bind("kind", kind)
                .bind("state", state)
                .then()
                .block(WAIT);
    }

    WebTestClient.ResponseSpec write(TestMember staff, Map<String, ?> post) {
        return web.post()
                .uri(POSTS)
                .header(HttpHeaders.AUTHORIZATION, staff.bearer())
                .bodyValue(post)
                .exchange();
    }

    UUID published(TestMember staff, String title, String body, String... tags) {
        return idOf(write(staff, Map.of("title", title, "body", body, "tags", List.of(tags)))
                .expectStatus()
                .isCreated());
    }

    UUID draft(TestMember staff, String title) {
        return idOf(write(staff, Map.of("title", title, "body", "Not ready yet", "draft", true))
                .expectStatus()
                .isCreated());
    }

    WebTestClient.ResponseSpec edit(TestMember staff, UUID id, Map<String, ?> post) {
        return web.put()
                .uri(POST, id)
                .header(HttpHeaders.AUTHORIZATION, staff.bearer())
                .bodyValue(post)
                .exchange();
    }

    WebTestClient.ResponseSpec comment(TestMember member, UUID post, String body) {
        return web.post()
                .uri(COMMENTS, post)
                .header(HttpHeaders.AUTHORIZATION, member.bearer())
                .bodyValue(Map.of("body", body))
                .exchange();
    }

    UUID commented(TestMember member, UUID post, String body) {
        return idOf(comment(member, post, body).expectStatus().isCreated());
    }

    WebTestClient.ResponseSpec get(TestMember reader, String uri, Object... variables) {
        var request = web.get().uri(uri, variables);
        if (reader != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, reader.bearer());
        }
        return request.exchange();
    }

    /** The activity.v1 events in the outbox about this subject, by type. */
    List<String> activitiesAbout(UUID subject) {
        return db.sql("SELECT payload::jsonb ->> 'type' AS type FROM messaging.outbox"
                        + " WHERE topic = 'activity.v1' AND payload::jsonb ->> 'subjectId' = :subject ORDER BY seq")
                .bind("subject", subject.toString())
                .map(row -> row.get("type", String.class))
                .all()
                .collectList()
                .block(WAIT);
    }

    /** The reply promise of a post's comment thread: {kind, replied_by} or empty when none waits or waited. */
    Map<String, Object> promiseOf(UUID post) {
        return db.sql("SELECT kind, title, replied_at, replied_by FROM reply_promises WHERE subject_id = :id")
                .bind("id", post)
                .fetch()
                .one()
                .blockOptional(WAIT)
                .orElse(Map.of());
    }

    private static UUID idOf(WebTestClient.ResponseSpec created) {
        Map<?, ?> body = created.expectBody(Map.class).returnResult().getResponseBody();
        return UUID.fromString((String) body.get("id"));
    }
}

package nl.starters.branch.blog;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.starters.servicedefaults.members.Author;
import nl.starters.servicedefaults.web.PageRequest;
import nl.starters.servicedefaults.web.PageView;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class PostRepository {

    private static final String FIND_FOR_MEMBERS = find(Visibility.MEMBERS, "NOT p.draft AND ");
    private static final String FIND_FOR_STAFF = find(Visibility.STAFF, "");

    private final DatabaseClient db;

    PostRepository(DatabaseClient db) {
        this.db = db;
    }

    /** A page of the feed for this audience: published posts (optionally one tag's), or drafts. */
    Mono<PageView<PostSummary>> feed(Visibility visibility, boolean drafts, String tag, PageRequest page) {
        boolean byTag = tag != null && !drafts;
        var spec = db.sql(FeedQuery.of(visibility, drafts, byTag))
                .bind("limit", page.size())
                .bind("offset", page.offset());
        if (byTag) {
            spec = spec.bind("tag", tag);
        }
        return spec.map(row -> new FeedRow(row.get("total", Long.class), row.get("id") == null ? null : summary(row)))
                .all()
                .collectList()
                .map(rows -> new PageView<>(
                        rows.stream()
                                .map(FeedRow::post)
                                .filter(post -> post != null)
                                .toList(),
                        page.page(),
                        page.size(),
                        rows.isEmpty() ? 0 : rows.get(0).total()));
    }

    /** The post as this audience may see it; drafts only for staff. */
    Mono<Post> find(UUID id, Visibility visibility) {
        return db.sql(visibility == Visibility.STAFF ? FIND_FOR_STAFF : FIND_FOR_MEMBERS)
                .bind("id", id)
                .map(PostRepository::post)
                .one();
    }

    Mono<Void> insert(UUID id, UUID authorId, PostContent content, boolean draft, Instant now) {
        var spec = db.sql("""
                        INSERT INTO posts (id, author_id, title, body, tags, draft, created_at, published_at)
                        VALUES (:id, :author, :title, :body, :tags, :draft, :now, :published)""")
                .bind("id", id)
                .bind("author", authorId)
                .bind("title", content.title())
                .bind("body", content.body())
                .bind("tags", content.tags().toArray(String[]::new))
                .bind("draft", draft)
                .bind("now", now);
        return (draft ? spec.bindNull("published", Instant.class) : spec.bind("published", now)).then();
    }

    /** Locks a post staff may edit (not removed) until the transaction ends; empty when there is none. */
    Mono<PostState> lockForEdit(UUID id) {
        return db.sql("SELECT draft, published_at, title, body, tags FROM posts p WHERE p.id = :id AND "
                        + Visibility.STAFF.visible("p.id") + " FOR UPDATE")
                .bind("id", id)
                .map(row -> new PostState(
                        Boolean.TRUE.equals(row.get("draft", Boolean.class)),
                        row.get("published_at", Instant.class),
                        new PostContent(
                                row.get("title", String.class),
                                row.get("body", String.class),
                                List.of(row.get("tags", String[].class)))))
                .one();
    }

    Mono<Void> update(UUID id, PostState state, Instant editedAt) {
        PostContent content = state.content();
        var spec = db.sql("""
                        UPDATE posts SET title = :title, body = :body, tags = :tags, draft = :draft,
                            published_at = :published, edited_at = coalesce(:edited, edited_at)
                        WHERE id = :id""")
                .bind("id", id)
                .bind("title", content.title())
                .bind("body", content.body())
                .bind("tags", content.tags().toArray(String[]::new))
                .bind("draft", state.draft());
        spec = state.publishedAt() == null
                ? spec.bindNull("published", Instant.class)
                : spec.bind("published", state.publishedAt());
        spec = editedAt == null ? spec.bindNull("edited", Instant.class) : spec.bind("edited", editedAt);
        return spec.then();
    }

    private static String find(Visibility visibility, String drafts) {
        return """
                SELECT p.id, p.title, p.body, p.tags, p.draft, p.published_at, p.edited_at, %1$s,
                    (SELECT count(*) FROM comments c WHERE c.post_id = p.id AND %2$s) AS comment_count
                FROM posts p %3$s
                WHERE p.id = :id AND %4$s%5$s""".formatted(
                        Author.columns("a", "p.author_id"),
                        visibility.visible("c.id"),
                        Author.join("a", "p.author_id"),
                        drafts,
                        visibility.visible("p.id"));
    }

    private static Post post(Readable row) {
        return new Post(
                row.get("id", UUID.class),
                row.get("title", String.class),
                row.get("body", String.class),
                List.of(row.get("tags", String[].class)),
                Boolean.TRUE.equals(row.get("draft", Boolean.class)),
                row.get("published_at", Instant.class),
                row.get("edited_at", Instant.class),
                Author.read(row, "a"),
                row.get("comment_count", Long.class));
    }

    private static PostSummary summary(Readable row) {
        return new PostSummary(
                row.get("id", UUID.class),
                row.get("title", String.class),
                List.of(row.get("tags", String[].class)),
                Boolean.TRUE.equals(row.get("draft", Boolean.class)),
                row.get("published_at", Instant.class),
                row.get("edited_at", Instant.class),
                Author.read(row, "a"),
                row.get("comment_count", Long.class));
    }

    private record FeedRow(Long total, PostSummary post) {}
}

package nl.starters.branch.blog;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.UUID;
import nl.starters.servicedefaults.members.Author;
import nl.starters.servicedefaults.web.PageRequest;
import nl.starters.servicedefaults.web.PageView;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class CommentRepository {

    private static final String SELECT = "SELECT c.id, c.post_id, c.body, c.created_at, "
            + Author.columns("a", "c.author_id") + " FROM comments c " + Author.join("a", "c.author_id");

    private final DatabaseClient db;

    CommentRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Void> insert(UUID id, UUID postId, UUID authorId, String body, Instant now) {
        return db.sql("""
                        INSERT INTO comments (id, post_id, author_id, body, created_at)
                        VALUES (:id, :post, :author, :body, :now)""")
                .bind("id", id)
                .bind("post", postId)
                .bind("author", authorId)
                .bind("body", body)
                .bind("now", now)
                .then();
    }

    Mono<Comment> find(UUID id) {
        return db.sql(SELECT + " WHERE c.id = :id")
                .bind("id", id)
                .map(CommentRepository::comment)
                .one();
    }

    /** A page of a post's thread, oldest first, as this audience may see it. */
    Mono<PageView<Comment>> thread(UUID postId, Visibility visibility, PageRequest page) {
        String where = " WHERE c.post_id = :post AND " + visibility.visible("c.id");
        var items = db.sql(SELECT + where + " ORDER BY c.created_at, c.id LIMIT :limit OFFSET :offset")
                .bind("post", postId)
                .bind("limit", page.size())
                .bind("offset", page.offset())
                .map(CommentRepository::comment)
                .all()
                .collectList();
        var total = db.sql("SELECT count(*) FROM comments c" + where)
                .bind("post", postId)
                .map(row -> row.get(0, Long.class))
                .one();
        return Mono.zip(items, total)
                .map(result -> new PageView<>(result.getT1(), page.page(), page.size(), result.getT2()));
    }

    private static Comment comment(Readable row) {
        return new Comment(
                row.get("id", UUID.class),
                row.get("post_id", UUID.class),
                row.get("body", String.class),
                Author.read(row, "a"),
                row.get("created_at", Instant.class));
    }
}

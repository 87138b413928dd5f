package nl.starters.branch.blog;

import java.time.Instant;
import java.util.UUID;
import nl.starters.servicedefaults.export.ExportPart;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/** The member's comments on this branch's blog, as written (Markdown): their part of the export. */
@Component
class CommentExport implements ExportPart {

    private final DatabaseClient db;

    CommentExport(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public String kind() {
        return "comments";
    }

    @Override
    public Flux<ExportedComment> itemsOf(UUID memberId) {
        return db.sql("""
                        SELECT c.id, c.post_id, p.title, c.body, c.created_at
                        FROM comments c JOIN posts p ON p.id = c.post_id
                        WHERE c.author_id = :author
                        ORDER BY c.created_at, c.id""")
                .bind("author", memberId)
                .map(row -> new ExportedComment(
                        row.get("id", UUID.class),
                        row.get("post_id", UUID.class),
                        row.get("title", String.class),
                        row.get("body", String.class),
                        row.get("created_at", Instant.class)))
                .all();
    }

    /** A comment as its author wrote it, with the title of the post it is on. */
    record ExportedComment(UUID id, UUID postId, String postTitle, String body, Instant createdAt) {}
}

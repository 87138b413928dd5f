package nl.starters.branch.blog;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.UUID;
import nl.starters.servicedefaults.export.QueryExportPart;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/** The member's comments on this branch's blog, as written (Markdown): their part of the export. */
@Component
class CommentExport extends QueryExportPart<CommentExport.ExportedComment> {

    CommentExport(DatabaseClient db) {
        super(db, "comments", """
                        SELECT c.id, c.post_id, p.title, c.body, c.created_at
                        FROM comments c JOIN posts p ON p.id = c.post_id
                        WHERE c.author_id = :member
                        ORDER BY c.created_at, c.id""");
    }

    @Override
    protected ExportedComment item(Readable row, UUID memberId) {
        return new ExportedComment(
                row.get("id", UUID.class),
                row.get("post_id", UUID.class),
                row.get("title", String.class),
                row.get("body", String.class),
                row.get("created_at", Instant.class));
    }

    /** A comment as its author wrote it, with the title of the post it is on. */
    record ExportedComment(UUID id, UUID postId, String postTitle, String body, Instant createdAt) {}
}

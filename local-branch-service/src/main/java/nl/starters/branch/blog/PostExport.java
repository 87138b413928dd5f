package nl.starters.branch.blog;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.starters.servicedefaults.export.QueryExportPart;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/** The member's posts in this branch, drafts included, with their full text: their part of the export. */
@Component
class PostExport extends QueryExportPart<PostExport.ExportedPost> {

    PostExport(DatabaseClient db) {
        super(db, "posts", """
                        SELECT id, title, body, tags, draft, created_at, published_at, edited_at
                        FROM posts WHERE author_id = :member
                        ORDER BY created_at, id""");
    }

    @Override
    protected ExportedPost item(Readable row, UUID memberId) {
        return new ExportedPost(
                row.get("id", UUID.class),
                row.get("title", String.class),
                row.get("body", String.class),
                List.of(row.get("tags", String[].class)),
                Boolean.TRUE.equals(row.get("draft", Boolean.class)),
                row.get("created_at", Instant.class),
                row.get("published_at", Instant.class),
                row.get("edited_at", Instant.class));
    }

    /** A post as its author wrote it, Markdown source included. */
    record ExportedPost(
            UUID id,
            String title,
            String body,
            List<String> tags,
            boolean draft,
            Instant createdAt,
            Instant publishedAt,
            Instant editedAt) {}
}

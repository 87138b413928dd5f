package nl.starters.branch.blog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.starters.servicedefaults.export.ExportPart;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/** The member's posts in this branch, drafts included, with their full text: their part of the export. */
@Component
class PostExport implements ExportPart {

    private final DatabaseClient db;

    PostExport(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public String kind() {
        return "posts";
    }

    @Override
    public Flux<ExportedPost> itemsOf(UUID memberId) {
        return db.sql("""
                        SELECT id, title, body, tags, draft, created_at, published_at, edited_at
                        FROM posts WHERE author_id = :author
                        ORDER BY created_at, id""")
                .bind("author", memberId)
                .map(row -> new ExportedPost(
                        row.get("id", UUID.class),
                        row.get("title", String.class),
                        row.get("body", String.class),
                        List.of(row.get("tags", String[].class)),
                        Boolean.TRUE.equals(row.get("draft", Boolean.class)),
                        row.get("created_at", Instant.class),
                        row.get("published_at", Instant.class),
                        row.get("edited_at", Instant.class)))
                .all();
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

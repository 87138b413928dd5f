package nl.starters.branch.blog;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.starters.servicedefaults.web.PageRequest;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class PostRepository {

    private static final String FORMER_MEMBER = "former member";

    private final DatabaseClient db;

    PostRepository(DatabaseClient db) {
        this.db = db;
    }

    Flux<PostSummary> findPublished(PageRequest page) {
        return db.sql("""
                        SELECT p.id, p.title, p.tags, p.published_at, p.author_id, m.display_name, m.staff, m.erased
                        FROM posts p LEFT JOIN members m ON m.id = p.author_id
                        WHERE NOT p.draft
                        ORDER BY p.published_at DESC, p.id DESC
                        LIMIT :limit OFFSET :offset""")
                .bind("limit", page.size())
                .bind("offset", page.offset())
                .map(PostRepository::toSummary)
                .all();
    }

    Mono<Long> countPublished() {
        return db.sql("SELECT count(*) FROM posts WHERE NOT draft")
                .map(row -> row.get(0, Long.class))
                .one();
    }

    private static PostSummary toSummary(Readable row) {
        boolean erased = Boolean.TRUE.equals(row.get("erased", Boolean.class));
        String name = row.get("display_name", String.class);
        var author = new PostSummary.Author(
                row.get("author_id", UUID.class),
                erased || name == null ? FORMER_MEMBER : name,
                !erased && Boolean.TRUE.equals(row.get("staff", Boolean.class)));
        return new PostSummary(
                row.get("id", UUID.class),
                row.get("title", String.class),
                List.of(row.get("tags", String[].class)),
                row.get("published_at", Instant.class),
                author);
    }
}

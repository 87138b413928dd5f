package nl.starters.branch.blog;

import java.util.Set;
import java.util.UUID;
import nl.starters.branch.moderation.ContentRef;
import nl.starters.branch.moderation.ModeratedContent;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Posts and comments as moderation sees them; a comment is called after the post it is on. */
@Component
class BlogContent implements ModeratedContent {

    static final String POST = "POST";
    static final String COMMENT = "COMMENT";

    private final DatabaseClient db;

    BlogContent(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Set<String> kinds() {
        return Set.of(POST, COMMENT);
    }

    @Override
    public Mono<ContentRef> find(String kind, UUID id) {
        String sql = switch (kind) {
            case POST -> "SELECT id, author_id, title FROM posts WHERE id = :id AND NOT draft";
            case COMMENT ->
                "SELECT c.id, c.author_id, 'Comment on ' || p.title AS title"
                        + " FROM comments c JOIN posts p ON p.id = c.post_id WHERE c.id = :id";
            default -> null;
        };
        if (sql == null) {
            return Mono.empty();
        }
        return db.sql(sql)
                .bind("id", id)
                .map(row -> new ContentRef(
                        kind,
                        row.get("id", UUID.class),
                        row.get("author_id", UUID.class),
                        row.get("title", String.class)))
                .one();
    }
}

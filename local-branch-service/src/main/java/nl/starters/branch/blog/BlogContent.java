package nl.starters.branch.blog;

import java.util.Map;
import nl.starters.branch.moderation.ContentLookup;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/** Posts and comments as moderation sees them; a draft is not found, a comment is called after its post. */
@Component
class BlogContent extends ContentLookup {

    static final String POST = "POST";
    static final String COMMENT = "COMMENT";

    BlogContent(DatabaseClient db) {
        super(
                db,
                Map.of(
                        POST,
                        "SELECT author_id, title FROM posts WHERE id = :id AND NOT draft",
                        COMMENT,
                        "SELECT c.author_id, 'Comment on ' || p.title AS title"
                                + " FROM comments c JOIN posts p ON p.id = c.post_id WHERE c.id = :id"));
    }
}

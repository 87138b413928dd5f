package nl.starters.branch.questions;

import java.util.Set;
import java.util.UUID;
import nl.starters.branch.moderation.ContentRef;
import nl.starters.branch.moderation.ModeratedContent;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Questions and answers as moderation sees them: who wrote them and what to call them. */
@Component
class QuestionModeration implements ModeratedContent {

    static final String QUESTION = "QUESTION";
    static final String ANSWER = "ANSWER";

    private final DatabaseClient db;

    QuestionModeration(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Set<String> kinds() {
        return Set.of(QUESTION, ANSWER);
    }

    @Override
    public Mono<ContentRef> find(String kind, UUID id) {
        String sql = switch (kind) {
            case QUESTION -> "SELECT q.author_id, q.title FROM questions q WHERE q.id = :id";
            case ANSWER ->
                "SELECT an.author_id, 'Answer to \u201c' || q.title || '\u201d' AS title"
                        + " FROM answers an JOIN questions q ON q.id = an.question_id WHERE an.id = :id";
            default -> null;
        };
        if (sql == null) {
            return Mono.empty();
        }
        return db.sql(sql)
                .bind("id", id)
                .map(row -> new ContentRef(kind, id, row.get("author_id", UUID.class), row.get("title", String.class)))
                .one();
    }
}

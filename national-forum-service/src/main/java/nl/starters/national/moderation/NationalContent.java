package nl.starters.national.moderation;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/** Finds flaggable content: questions the branches share, and answers on them. */
@Component
class NationalContent {

    private final DatabaseClient db;

    NationalContent(DatabaseClient db) {
        this.db = db;
    }

    /** The content, whatever its moderation state, while its question is shared; else a 404. */
    Mono<ContentRef> find(ContentKind kind, UUID id) {
        String sql = kind == ContentKind.QUESTION
                ? "SELECT q.id, q.asker_id AS author_id, q.title AS excerpt FROM national_questions q"
                        + " WHERE q.id = :id AND q.status = 'SHARED'"
                : "SELECT a.id, a.author_id, left(a.body, 200) AS excerpt FROM national_answers a"
                        + " JOIN national_questions q ON q.id = a.question_id WHERE a.id = :id AND q.status = 'SHARED'";
        return db.sql(sql)
                .bind("id", id)
                .map(row -> new ContentRef(
                        kind,
                        row.get("id", UUID.class),
                        row.get("author_id", UUID.class),
                        row.get("excerpt", String.class)))
                .one()
                .switchIfEmpty(Mono.error(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND,
                        "There is no national " + kind.name().toLowerCase() + " " + id + ".")));
    }
}

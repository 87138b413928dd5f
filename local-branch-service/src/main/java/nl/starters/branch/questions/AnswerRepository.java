package nl.starters.branch.questions;

import java.time.Instant;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class AnswerRepository {

    private final DatabaseClient db;

    AnswerRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Void> insert(UUID id, UUID questionId, UUID authorId, String body, Instant answeredAt) {
        return db.sql("""
                        INSERT INTO answers (id, question_id, author_id, body, answered_at)
                        VALUES (:id, :question, :author, :body, :answeredAt)""")
                .bind("id", id)
                .bind("question", questionId)
                .bind("author", authorId)
                .bind("body", body)
                .bind("answeredAt", answeredAt)
                .then();
    }

    /** Whether this viewer sees an answer with this id to this question. */
    Mono<Boolean> exists(UUID questionId, UUID answerId, Viewer viewer) {
        return db.sql("SELECT EXISTS (SELECT 1 FROM answers an WHERE an.id = :answer AND an.question_id = :question"
                        + " AND " + viewer.sees("an.id") + ")")
                .bind("answer", answerId)
                .bind("question", questionId)
                .map(row -> Boolean.TRUE.equals(row.get(0, Boolean.class)))
                .one();
    }
}

package nl.starters.branch.questions;

import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Writes questions and reads one back as stored, for the rules of a write. */
@Repository
class QuestionRepository {

    private static final String COLUMNS = "q.id, q.author_id, q.title, q.body, q.tags, q.share_beyond_region,"
            + " q.asked_at, q.edited_at, q.accepted_answer_id, q.promoted_at";

    private final DatabaseClient db;

    QuestionRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Void> insert(Question question) {
        return db.sql("""
                        INSERT INTO questions (id, author_id, title, body, tags, share_beyond_region, asked_at)
                        VALUES (:id, :author, :title, :body, :tags, :share, :askedAt)""")
                .bind("id", question.id())
                .bind("author", question.authorId())
                .bind("title", question.title())
                .bind("body", question.body())
                .bind("tags", question.tags().toArray(String[]::new))
                .bind("share", question.shareBeyondRegion())
                .bind("askedAt", question.askedAt())
                .then();
    }

    /** The question as this viewer may see it (hidden ones only for staff), locked for the write at hand. */
    Mono<Question> findForUpdate(UUID id, Viewer viewer) {
        return db.sql("SELECT " + COLUMNS + " FROM questions q WHERE q.id = :id AND " + viewer.sees("q.id")
                        + " FOR UPDATE")
                .bind("id", id)
                .map(Question::from)
                .one();
    }

    Mono<Void> update(Question question) {
        return db.sql("""
                        UPDATE questions SET title = :title, body = :body, tags = :tags,
                               share_beyond_region = :share, edited_at = :editedAt
                        WHERE id = :id""")
                .bind("id", question.id())
                .bind("title", question.title())
                .bind("body", question.body())
                .bind("tags", question.tags().toArray(String[]::new))
                .bind("share", question.shareBeyondRegion())
                .bind("editedAt", question.editedAt())
                .then();
    }

    Mono<Void> accept(UUID questionId, UUID answerId) {
        return db.sql("UPDATE questions SET accepted_answer_id = :answer WHERE id = :id")
                .bind("id", questionId)
                .bind("answer", answerId)
                .then();
    }
}

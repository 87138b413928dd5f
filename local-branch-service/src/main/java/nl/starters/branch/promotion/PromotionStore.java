package nl.starters.branch.promotion;

import java.time.Instant;
import java.util.UUID;
import nl.starters.branch.moderation.ModerationState;
import nl.starters.branch.questions.Question;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** The promotion's statements on {@code questions}; each runs inside its caller's transaction. */
@Repository
class PromotionStore {

    private final DatabaseClient db;

    PromotionStore(DatabaseClient db) {
        this.db = db;
    }

    /**
     * The question with its moderation state, locked until the transaction ends (one promotion at a time).
     * NO KEY UPDATE, not UPDATE: a vote's insert holds KEY SHARE on the question (its foreign key), and
     * concurrent votes that each wanted UPDATE after it would deadlock.
     */
    Mono<Candidate> lock(UUID id) {
        return db.sql("""
                        SELECT q.id, q.author_id, q.title, q.body, q.tags, q.share_beyond_region, q.asked_at,
                               q.edited_at, q.accepted_answer_id, q.promoted_at,
                               coalesce(ms.state, 'VISIBLE') AS moderation
                        FROM questions q LEFT JOIN moderation_states ms ON ms.subject_id = q.id
                        WHERE q.id = :id FOR NO KEY UPDATE OF q""")
                .bind("id", id)
                .map(row ->
                        new Candidate(Question.from(row), ModerationState.valueOf(row.get("moderation", String.class))))
                .one();
    }

    Mono<Void> promoted(UUID id, Instant at) {
        return db.sql("UPDATE questions SET promoted_at = :at WHERE id = :id")
                .bind("id", id)
                .bind("at", at)
                .then();
    }

    /** The question is local again (its consent was withdrawn); only a new promotion shares it again. */
    Mono<Void> withdrawn(UUID id) {
        return db.sql("UPDATE questions SET promoted_at = NULL WHERE id = :id")
                .bind("id", id)
                .then();
    }

    Mono<Long> votes(UUID id) {
        return db.sql("SELECT count(*) FROM question_votes WHERE question_id = :id")
                .bind("id", id)
                .map(row -> row.get(0, Long.class))
                .one();
    }
}

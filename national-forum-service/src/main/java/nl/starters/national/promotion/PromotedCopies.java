package nl.starters.national.promotion;

import java.time.Instant;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Keeps the national copy of a promoted question as the branch last published it: an upsert under the
 * question's own id, safe to repeat, that never lets an older version overwrite a newer one.
 */
@Component
class PromotedCopies {

    private static final String UPSERT = """
            INSERT INTO national_questions AS q
                (id, origin_branch, asker_id, title, body, tags, status, promoted_at, updated_at, source_time)
            VALUES (:id, :branch, :asker, :title, :body, :tags, :status, :promotedAt, :at, :at)
            ON CONFLICT (id) DO UPDATE SET origin_branch = EXCLUDED.origin_branch, asker_id = EXCLUDED.asker_id,
                title = EXCLUDED.title, body = EXCLUDED.body, tags = EXCLUDED.tags, status = EXCLUDED.status,
                promoted_at = EXCLUDED.promoted_at, updated_at = EXCLUDED.updated_at,
                source_time = EXCLUDED.source_time
            WHERE q.source_time <= EXCLUDED.source_time""";

    private final DatabaseClient db;

    PromotedCopies(DatabaseClient db) {
        this.db = db;
    }

    /** Stores this version; {@code at} is the event's time, which orders the versions of one question. */
    Mono<Void> apply(QuestionPromotedV1 question, Instant at) {
        return db.sql(UPSERT)
                .bind("id", question.questionId())
                .bind("branch", question.branch())
                .bind("asker", question.askerId())
                .bind("title", question.title())
                .bind("body", question.body())
                .bind("tags", question.tagsOrNone().toArray(String[]::new))
                .bind("status", question.status().name())
                .bind("promotedAt", question.promotedAt())
                .bind("at", at)
                .then();
    }
}

package nl.starters.branch.questions;

import java.time.Instant;
import java.util.UUID;
import nl.starters.servicedefaults.export.ExportPart;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/** The member's answers here, with their Markdown source, hidden ones included. */
@Component
class AnswerExport implements ExportPart {

    private final DatabaseClient db;

    AnswerExport(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public String kind() {
        return "answers";
    }

    @Override
    public Flux<ExportedAnswer> itemsOf(UUID memberId) {
        return db.sql("""
                        SELECT an.id, an.question_id, an.body, an.answered_at, an.edited_at,
                               q.accepted_answer_id IS NOT DISTINCT FROM an.id AS accepted
                        FROM answers an JOIN questions q ON q.id = an.question_id
                        WHERE an.author_id = :author
                        ORDER BY an.answered_at, an.id""")
                .bind("author", memberId)
                .map(row -> new ExportedAnswer(
                        row.get("id", UUID.class),
                        row.get("question_id", UUID.class),
                        row.get("body", String.class),
                        row.get("answered_at", Instant.class),
                        row.get("edited_at", Instant.class),
                        Boolean.TRUE.equals(row.get("accepted", Boolean.class))))
                .all();
    }

    /** An answer as its author wrote it, and whether the asker accepted it. */
    record ExportedAnswer(
            UUID id, UUID questionId, String body, Instant answeredAt, Instant editedAt, boolean accepted) {}
}

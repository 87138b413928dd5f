package nl.starters.branch.questions;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.UUID;
import nl.starters.servicedefaults.export.QueryExportPart;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/** The member's answers here, with their Markdown source, hidden ones included. */
@Component
class AnswerExport extends QueryExportPart<AnswerExport.ExportedAnswer> {

    AnswerExport(DatabaseClient db) {
        super(db, "answers", """
                        SELECT an.id, an.question_id, an.body, an.answered_at, an.edited_at,
                               q.accepted_answer_id IS NOT DISTINCT FROM an.id AS accepted
                        FROM answers an JOIN questions q ON q.id = an.question_id
                        WHERE an.author_id = :member
                        ORDER BY an.answered_at, an.id""");
    }

    @Override
    protected ExportedAnswer item(Readable row, UUID memberId) {
        return new ExportedAnswer(
                row.get("id", UUID.class),
                row.get("question_id", UUID.class),
                row.get("body", String.class),
                row.get("answered_at", Instant.class),
                row.get("edited_at", Instant.class),
                Boolean.TRUE.equals(row.get("accepted", Boolean.class)));
    }

    /** An answer as its author wrote it, and whether the asker accepted it. */
    record ExportedAnswer(
            UUID id, UUID questionId, String body, Instant answeredAt, Instant editedAt, boolean accepted) {}
}

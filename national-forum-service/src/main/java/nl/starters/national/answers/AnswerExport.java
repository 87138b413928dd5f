package nl.starters.national.answers;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.UUID;
import nl.starters.servicedefaults.export.QueryExportPart;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/** The member's national answers as written, with the question and region they answered: their part of the export. */
@Component
class AnswerExport extends QueryExportPart<AnswerExport.ExportedAnswer> {

    AnswerExport(DatabaseClient db) {
        super(db, "answers", """
                        SELECT a.id, a.question_id, q.origin_branch, a.author_branch, a.body,
                            a.id = q.accepted_answer_id AS accepted, a.posted_at
                        FROM national_answers a JOIN national_questions q ON q.id = a.question_id
                        WHERE a.author_id = :member
                        ORDER BY a.posted_at, a.id""");
    }

    @Override
    protected ExportedAnswer item(Readable row, UUID memberId) {
        return new ExportedAnswer(
                row.get("id", UUID.class),
                row.get("question_id", UUID.class),
                row.get("origin_branch", String.class),
                row.get("author_branch", String.class),
                row.get("body", String.class),
                Boolean.TRUE.equals(row.get("accepted", Boolean.class)),
                row.get("posted_at", Instant.class));
    }

    /** A national answer as the member wrote it (also when it is now hidden with its question). */
    record ExportedAnswer(
            UUID id,
            UUID questionId,
            String originBranch,
            String authorBranch,
            String body,
            boolean accepted,
            Instant postedAt) {}
}

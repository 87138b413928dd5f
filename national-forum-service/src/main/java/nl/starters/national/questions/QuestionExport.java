package nl.starters.national.questions;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.starters.servicedefaults.export.QueryExportPart;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/** The questions the member asked that went national, as the forum's copies hold them: their part of the export. */
@Component
class QuestionExport extends QueryExportPart<QuestionExport.ExportedQuestion> {

    QuestionExport(DatabaseClient db) {
        super(db, "questions", """
                        SELECT id, origin_branch, title, body, tags, accepted_answer_id, promoted_at, updated_at
                        FROM national_questions WHERE asker_id = :member
                        ORDER BY promoted_at, id""");
    }

    @Override
    protected ExportedQuestion item(Readable row, UUID memberId) {
        return new ExportedQuestion(
                row.get("id", UUID.class),
                row.get("origin_branch", String.class),
                row.get("title", String.class),
                row.get("body", String.class),
                List.of(row.get("tags", String[].class)),
                row.get("accepted_answer_id", UUID.class),
                row.get("promoted_at", Instant.class),
                row.get("updated_at", Instant.class));
    }

    /** A promoted question as the member wrote it, with the region it came from. */
    record ExportedQuestion(
            UUID id,
            String originBranch,
            String title,
            String body,
            List<String> tags,
            UUID acceptedAnswerId,
            Instant promotedAt,
            Instant updatedAt) {}
}

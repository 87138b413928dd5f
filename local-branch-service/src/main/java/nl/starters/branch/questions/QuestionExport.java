package nl.starters.branch.questions;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.starters.servicedefaults.export.QueryExportPart;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/** The member's questions here, with their Markdown source and consent, hidden ones included. */
@Component
class QuestionExport extends QueryExportPart<QuestionExport.ExportedQuestion> {

    QuestionExport(DatabaseClient db) {
        super(db, "questions", """
                        SELECT id, title, body, tags, share_beyond_region, asked_at, edited_at, accepted_answer_id,
                               promoted_at
                        FROM questions WHERE author_id = :member
                        ORDER BY asked_at, id""");
    }

    @Override
    protected ExportedQuestion item(Readable row, UUID memberId) {
        return new ExportedQuestion(
                row.get("id", UUID.class),
                row.get("title", String.class),
                row.get("body", String.class),
                List.of(row.get("tags", String[].class)),
                Boolean.TRUE.equals(row.get("share_beyond_region", Boolean.class)),
                row.get("asked_at", Instant.class),
                row.get("edited_at", Instant.class),
                row.get("accepted_answer_id", UUID.class),
                row.get("promoted_at", Instant.class));
    }

    /** A question as its asker wrote it. */
    record ExportedQuestion(
            UUID id,
            String title,
            String body,
            List<String> tags,
            boolean shareBeyondRegion,
            Instant askedAt,
            Instant editedAt,
            UUID acceptedAnswerId,
            Instant promotedAt) {}
}

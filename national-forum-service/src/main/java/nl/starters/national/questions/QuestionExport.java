package nl.starters.national.questions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.starters.servicedefaults.export.ExportPart;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/** The questions the member asked that went national, as the forum's copies hold them: their part of the export. */
@Component
class QuestionExport implements ExportPart {

    private final DatabaseClient db;

    QuestionExport(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public String kind() {
        return "questions";
    }

    @Override
    public Flux<ExportedQuestion> itemsOf(UUID memberId) {
        return db.sql("""
                        SELECT id, origin_branch, title, body, tags, accepted_answer_id, promoted_at, updated_at
                        FROM national_questions WHERE asker_id = :asker
                        ORDER BY promoted_at, id""")
                .bind("asker", memberId)
                .map(row -> new ExportedQuestion(
                        row.get("id", UUID.class),
                        row.get("origin_branch", String.class),
                        row.get("title", String.class),
                        row.get("body", String.class),
                        List.of(row.get("tags", String[].class)),
                        row.get("accepted_answer_id", UUID.class),
                        row.get("promoted_at", Instant.class),
                        row.get("updated_at", Instant.class)))
                .all();
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

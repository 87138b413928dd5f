package nl.starters.branch.questions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.starters.servicedefaults.export.ExportPart;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/** The member's questions here, with their Markdown source and consent, hidden ones included. */
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
                        SELECT id, title, body, tags, share_beyond_region, asked_at, edited_at, accepted_answer_id,
                               promoted_at
                        FROM questions WHERE author_id = :author
                        ORDER BY asked_at, id""")
                .bind("author", memberId)
                .map(row -> new ExportedQuestion(
                        row.get("id", UUID.class),
                        row.get("title", String.class),
                        row.get("body", String.class),
                        List.of(row.get("tags", String[].class)),
                        Boolean.TRUE.equals(row.get("share_beyond_region", Boolean.class)),
                        row.get("asked_at", Instant.class),
                        row.get("edited_at", Instant.class),
                        row.get("accepted_answer_id", UUID.class),
                        row.get("promoted_at", Instant.class)))
                .all();
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

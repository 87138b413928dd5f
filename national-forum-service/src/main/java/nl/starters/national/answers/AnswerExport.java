package nl.starters.national.answers;

import java.time.Instant;
import java.util.UUID;
import nl.starters.servicedefaults.export.ExportPart;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/** The member's national answers as written, with the question and region they answered: their part of the export. */
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
                        SELECT a.id, a.question_id, q.origin_branch, a.author_branch, a.body,
                            a.id = q.accepted_answer_id AS accepted, a.posted_at
                        FROM national_answers a JOIN national_questions q ON q.id = a.question_id
                        WHERE a.author_id = :author
                        ORDER BY a.posted_at, a.id""")
                .bind("author", memberId)
                .map(row -> new ExportedAnswer(
                        row.get("id", UUID.class),
                        row.get("question_id", UUID.class),
                        row.get("origin_branch", String.class),
                        row.get("author_branch", String.class),
                        row.get("body", String.class),
                        Boolean.TRUE.equals(row.get("accepted", Boolean.class)),
                        row.get("posted_at", Instant.class)))
                .all();
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

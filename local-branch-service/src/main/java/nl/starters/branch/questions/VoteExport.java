package nl.starters.branch.questions;

import java.time.Instant;
import java.util.UUID;
import nl.starters.servicedefaults.export.ExportPart;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/** The questions the member said "me too" to, and when. */
@Component
class VoteExport implements ExportPart {

    private final DatabaseClient db;

    VoteExport(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public String kind() {
        return "votes";
    }

    @Override
    public Flux<ExportedVote> itemsOf(UUID memberId) {
        return db.sql("SELECT question_id, voted_at FROM question_votes WHERE member_id = :member"
                        + " ORDER BY voted_at, question_id")
                .bind("member", memberId)
                .map(row -> new ExportedVote(row.get("question_id", UUID.class), row.get("voted_at", Instant.class)))
                .all();
    }

    /** A "me too" on a question. */
    record ExportedVote(UUID questionId, Instant votedAt) {}
}

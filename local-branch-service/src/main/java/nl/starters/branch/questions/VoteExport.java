package nl.starters.branch.questions;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.UUID;
import nl.starters.servicedefaults.export.QueryExportPart;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/** The questions the member said "me too" to, and when. */
@Component
class VoteExport extends QueryExportPart<VoteExport.ExportedVote> {

    VoteExport(DatabaseClient db) {
        super(
                db,
                "votes",
                "SELECT question_id, voted_at FROM question_votes WHERE member_id = :member"
                        + " ORDER BY voted_at, question_id");
    }

    @Override
    protected ExportedVote item(Readable row, UUID memberId) {
        return new ExportedVote(row.get("question_id", UUID.class), row.get("voted_at", Instant.class));
    }

    /** A "me too" on a question. */
    record ExportedVote(UUID questionId, Instant votedAt) {}
}

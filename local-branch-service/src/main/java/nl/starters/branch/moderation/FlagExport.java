package nl.starters.branch.moderation;

import java.time.Instant;
import java.util.UUID;
import nl.starters.servicedefaults.export.ExportPart;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/** The member's flags and the reasons they wrote are theirs too: part of their export ({@code flags}). */
@Component
class FlagExport implements ExportPart {

    private final DatabaseClient db;

    FlagExport(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public String kind() {
        return "flags";
    }

    @Override
    public Flux<ExportedFlag> itemsOf(UUID memberId) {
        return db.sql("""
                        SELECT f.subject_id, ms.subject_kind, f.reason, f.created_at, f.reviewed_at FROM flags f
                        LEFT JOIN moderation_states ms ON ms.subject_id = f.subject_id
                        WHERE f.member_id = :member ORDER BY f.created_at, f.subject_id""")
                .bind("member", memberId)
                .map(row -> new ExportedFlag(
                        row.get("subject_kind", String.class),
                        row.get("subject_id", UUID.class),
                        row.get("reason", String.class),
                        row.get("created_at", Instant.class),
                        row.get("reviewed_at", Instant.class)))
                .all();
    }

    /** A flag as the member gave it; {@code reviewedAt} once staff decided on the content. */
    record ExportedFlag(String kind, UUID id, String reason, Instant flaggedAt, Instant reviewedAt) {}
}

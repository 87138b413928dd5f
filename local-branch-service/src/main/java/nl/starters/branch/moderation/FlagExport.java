package nl.starters.branch.moderation;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.UUID;
import nl.starters.servicedefaults.export.QueryExportPart;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/** The member's flags and the reasons they wrote are theirs too: part of their export ({@code flags}). */
@Component
class FlagExport extends QueryExportPart<FlagExport.ExportedFlag> {

    FlagExport(DatabaseClient db) {
        super(db, "flags", """
                        SELECT f.subject_id, ms.subject_kind, f.reason, f.created_at, f.reviewed_at FROM flags f
                        LEFT JOIN moderation_states ms ON ms.subject_id = f.subject_id
                        WHERE f.member_id = :member ORDER BY f.created_at, f.subject_id""");
    }

    @Override
    protected ExportedFlag item(Readable row, UUID memberId) {
        return new ExportedFlag(
                row.get("subject_kind", String.class),
                row.get("subject_id", UUID.class),
                row.get("reason", String.class),
                row.get("created_at", Instant.class),
                row.get("reviewed_at", Instant.class));
    }

    /** A flag as the member gave it; {@code reviewedAt} once staff decided on the content. */
    record ExportedFlag(String kind, UUID id, String reason, Instant flaggedAt, Instant reviewedAt) {}
}

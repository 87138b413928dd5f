package nl.starters.national.moderation;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.UUID;
import nl.starters.servicedefaults.export.QueryExportPart;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/** The flags the member raised in the national forum, with their reasons: their part of the export. */
@Component
class FlagExport extends QueryExportPart<FlagView> {

    FlagExport(DatabaseClient db) {
        super(db, "flags", """
                        SELECT kind, subject_id, reason, flagged_at FROM national_flags
                        WHERE member_id = :member ORDER BY flagged_at, subject_id""");
    }

    @Override
    protected FlagView item(Readable row, UUID memberId) {
        return new FlagView(
                ContentKind.valueOf(row.get("kind", String.class)),
                row.get("subject_id", UUID.class),
                row.get("reason", String.class),
                row.get("flagged_at", Instant.class));
    }
}

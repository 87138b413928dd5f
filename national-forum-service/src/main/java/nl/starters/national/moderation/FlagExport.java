package nl.starters.national.moderation;

import java.time.Instant;
import java.util.UUID;
import nl.starters.servicedefaults.export.ExportPart;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/** The flags the member raised in the national forum, with their reasons: their part of the export. */
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
    public Flux<FlagView> itemsOf(UUID memberId) {
        return db.sql("""
                        SELECT kind, subject_id, reason, flagged_at FROM national_flags
                        WHERE member_id = :member ORDER BY flagged_at, subject_id""")
                .bind("member", memberId)
                .map(row -> new FlagView(
                        ContentKind.valueOf(row.get("kind", String.class)),
                        row.get("subject_id", UUID.class),
                        row.get("reason", String.class),
                        row.get("flagged_at", Instant.class)))
                .all();
    }
}

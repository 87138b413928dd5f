package nl.starters.servicedefaults.members;

import java.time.Instant;
import java.util.UUID;
import nl.starters.servicedefaults.export.ExportPart;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;

/**
 * How this service's read copy of members.v1 knows the member: personal data too, so part of every
 * service's export of what it holds on them (kind {@code memberCopy}; empty until their event arrived).
 */
class MemberCopyExport implements ExportPart {

    private final DatabaseClient db;

    MemberCopyExport(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public String kind() {
        return "memberCopy";
    }

    @Override
    public Flux<CopiedMember> itemsOf(UUID memberId) {
        return db.sql("SELECT display_name, staff, home_branch, updated_at FROM members WHERE id = :id")
                .bind("id", memberId)
                .map(row -> new CopiedMember(
                        row.get("display_name", String.class),
                        Boolean.TRUE.equals(row.get("staff", Boolean.class)),
                        row.get("home_branch", String.class),
                        row.get("updated_at", Instant.class)))
                .all();
    }

    /** The member as this service shows them, and since when. */
    record CopiedMember(String displayName, boolean staff, String homeBranch, Instant updatedAt) {}
}

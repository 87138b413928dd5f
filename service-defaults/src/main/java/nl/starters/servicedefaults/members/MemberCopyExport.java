package nl.starters.servicedefaults.members;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.UUID;
import nl.starters.servicedefaults.export.QueryExportPart;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * How this service's read copy of members.v1 knows the member: personal data too, so part of every
 * service's export of what it holds on them (kind {@code memberCopy}; empty until their event arrived).
 */
class MemberCopyExport extends QueryExportPart<MemberCopyExport.CopiedMember> {

    MemberCopyExport(DatabaseClient db) {
        super(db, "memberCopy", "SELECT display_name, staff, home_branch, updated_at FROM members WHERE id = :member");
    }

    @Override
    protected CopiedMember item(Readable row, UUID memberId) {
        return new CopiedMember(
                row.get("display_name", String.class),
                Boolean.TRUE.equals(row.get("staff", Boolean.class)),
                row.get("home_branch", String.class),
                row.get("updated_at", Instant.class));
    }

    /** The member as this service shows them, and since when. */
    record CopiedMember(String displayName, boolean staff, String homeBranch, Instant updatedAt) {}
}

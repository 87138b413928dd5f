package nl.starters.branch.meetups;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.UUID;
import nl.starters.servicedefaults.export.QueryExportPart;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/** The meetups the member said they would go to, or waits for: their part of the export. */
@Component
class RsvpExport extends QueryExportPart<RsvpExport.ExportedRsvp> {

    RsvpExport(DatabaseClient db) {
        super(db, "rsvps", """
                        SELECT r.meetup_id, m.title, m.starts_at, r.state, r.created_at
                        FROM meetup_rsvps r JOIN meetups m ON m.id = r.meetup_id
                        WHERE r.member_id = :member ORDER BY r.created_at, r.meetup_id""");
    }

    @Override
    protected ExportedRsvp item(Readable row, UUID memberId) {
        return new ExportedRsvp(
                row.get("meetup_id", UUID.class),
                row.get("title", String.class),
                row.get("starts_at", Instant.class),
                RsvpState.valueOf(row.get("state", String.class)),
                row.get("created_at", Instant.class));
    }

    /** One RSVP: which meetup, and whether the member is going or waiting. */
    record ExportedRsvp(UUID meetupId, String meetupTitle, Instant startsAt, RsvpState state, Instant createdAt) {}
}

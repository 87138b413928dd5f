package nl.starters.branch.meetups;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.UUID;
import nl.starters.servicedefaults.export.QueryExportPart;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/** The meetups the member organised, as written: their part of the export. */
@Component
class MeetupExport extends QueryExportPart<MeetupExport.ExportedMeetup> {

    MeetupExport(DatabaseClient db) {
        super(db, "meetups", """
                        SELECT id, title, description, starts_at, place, capacity, created_at, edited_at
                        FROM meetups WHERE organiser_id = :member ORDER BY created_at, id""");
    }

    @Override
    protected ExportedMeetup item(Readable row, UUID memberId) {
        return new ExportedMeetup(
                row.get("id", UUID.class),
                row.get("title", String.class),
                row.get("description", String.class),
                row.get("starts_at", Instant.class),
                row.get("place", String.class),
                row.get("capacity", Integer.class),
                row.get("created_at", Instant.class),
                row.get("edited_at", Instant.class));
    }

    /** A meetup as its organiser wrote it, Markdown source included. */
    record ExportedMeetup(
            UUID id,
            String title,
            String description,
            Instant startsAt,
            String place,
            int capacity,
            Instant createdAt,
            Instant editedAt) {}
}

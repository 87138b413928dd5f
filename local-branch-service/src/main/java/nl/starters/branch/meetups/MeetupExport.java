package nl.starters.branch.meetups;

import java.time.Instant;
import java.util.UUID;
import nl.starters.servicedefaults.export.ExportPart;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/** The meetups the member organised, as written: their part of the export. */
@Component
class MeetupExport implements ExportPart {

    private final DatabaseClient db;

    MeetupExport(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public String kind() {
        return "meetups";
    }

    @Override
    public Flux<ExportedMeetup> itemsOf(UUID memberId) {
        return db.sql("""
                        SELECT id, title, description, starts_at, place, capacity, created_at, edited_at
                        FROM meetups WHERE organiser_id = :organiser ORDER BY created_at, id""")
                .bind("organiser", memberId)
                .map(row -> new ExportedMeetup(
                        row.get("id", UUID.class),
                        row.get("title", String.class),
                        row.get("description", String.class),
                        row.get("starts_at", Instant.class),
                        row.get("place", String.class),
                        row.get("capacity", Integer.class),
                        row.get("created_at", Instant.class),
                        row.get("edited_at", Instant.class)))
                .all();
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

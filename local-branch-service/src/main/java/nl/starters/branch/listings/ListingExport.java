package nl.starters.branch.listings;

import java.time.Instant;
import java.util.UUID;
import nl.starters.servicedefaults.export.ExportPart;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/** The member's listings, expired and moderated ones included, as written: their part of the export. */
@Component
class ListingExport implements ExportPart {

    private final DatabaseClient db;

    ListingExport(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public String kind() {
        return "listings";
    }

    @Override
    public Flux<ExportedListing> itemsOf(UUID memberId) {
        return db.sql("""
                        SELECT id, type, title, body, sector, created_at, expires_at
                        FROM listings WHERE author_id = :author ORDER BY created_at, id""")
                .bind("author", memberId)
                .map(row -> new ExportedListing(
                        row.get("id", UUID.class),
                        ListingType.valueOf(row.get("type", String.class)),
                        row.get("title", String.class),
                        row.get("body", String.class),
                        row.get("sector", String.class),
                        row.get("created_at", Instant.class),
                        row.get("expires_at", Instant.class)))
                .all();
    }

    /** A listing as its author wrote it, Markdown source included. */
    record ExportedListing(
            UUID id,
            ListingType type,
            String title,
            String body,
            String sector,
            Instant createdAt,
            Instant expiresAt) {}
}

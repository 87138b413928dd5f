package nl.starters.branch.listings;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.UUID;
import nl.starters.servicedefaults.export.QueryExportPart;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/** The member's listings, expired and moderated ones included, as written: their part of the export. */
@Component
class ListingExport extends QueryExportPart<ListingExport.ExportedListing> {

    ListingExport(DatabaseClient db) {
        super(db, "listings", """
                        SELECT id, type, title, body, sector, created_at, expires_at
                        FROM listings WHERE author_id = :member ORDER BY created_at, id""");
    }

    @Override
    protected ExportedListing item(Readable row, UUID memberId) {
        return new ExportedListing(
                row.get("id", UUID.class),
                ListingType.valueOf(row.get("type", String.class)),
                row.get("title", String.class),
                row.get("body", String.class),
                row.get("sector", String.class),
                row.get("created_at", Instant.class),
                row.get("expires_at", Instant.class));
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

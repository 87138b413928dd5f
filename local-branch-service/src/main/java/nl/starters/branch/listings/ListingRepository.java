package nl.starters.branch.listings;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.UUID;
import nl.starters.branch.moderation.Moderation;
import nl.starters.servicedefaults.members.Author;
import nl.starters.servicedefaults.web.PageRequest;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class ListingRepository {

    private static final String SELECT = "SELECT l.id, l.type, l.title, l.body, l.sector, l.created_at, l.expires_at, "
            + Author.columns("a", "l.author_id") + " FROM listings l " + Author.join("a", "l.author_id");

    private final DatabaseClient db;

    ListingRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Void> insert(Listing listing) {
        return db.sql("""
                        INSERT INTO listings (id, author_id, type, title, body, sector, created_at, expires_at)
                        VALUES (:id, :author, :type, :title, :body, :sector, :created, :expires)""")
                .bind("id", listing.id())
                .bind("author", listing.authorId())
                .bind("type", listing.type().name())
                .bind("title", listing.title())
                .bind("body", listing.body())
                .bind("sector", listing.sector())
                .bind("created", listing.createdAt())
                .bind("expires", listing.expiresAt())
                .then();
    }

    Flux<Authored> page(ListingFilter filter, PageRequest page) {
        return filter.bind(db.sql(
                        SELECT + filter.where() + " ORDER BY l.created_at DESC, l.id DESC LIMIT :limit OFFSET :offset"))
                .bind("limit", page.size())
                .bind("offset", page.offset())
                .map(ListingRepository::authored)
                .all();
    }

    Mono<Long> count(ListingFilter filter) {
        return filter.bind(db.sql("SELECT count(*) FROM listings l" + filter.where()))
                .map(row -> row.get(0, Long.class))
                .one();
    }

    /** The listing; a hidden one only when {@code evenHidden} (staff reviewing it), a removed one never. */
    Mono<Authored> find(UUID id, boolean evenHidden) {
        return db.sql(SELECT + " WHERE l.id = :id AND " + Moderation.visibleTo(evenHidden, "l.id"))
                .bind("id", id)
                .map(ListingRepository::authored)
                .one();
    }

    private static Authored authored(Readable row) {
        Author author = Author.read(row, "a");
        var listing = new Listing(
                row.get("id", UUID.class),
                ListingType.valueOf(row.get("type", String.class)),
                row.get("title", String.class),
                row.get("body", String.class),
                row.get("sector", String.class),
                author.id(),
                row.get("created_at", Instant.class),
                row.get("expires_at", Instant.class));
        return new Authored(listing, author);
    }

    /** A listing with its author as this branch shows them. */
    record Authored(Listing listing, Author author) {}
}

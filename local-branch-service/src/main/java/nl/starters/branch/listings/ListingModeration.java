package nl.starters.branch.listings;

import java.util.Set;
import java.util.UUID;
import nl.starters.branch.moderation.ContentRef;
import nl.starters.branch.moderation.ModeratedContent;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Lets moderation flag, hide and remove listings on the board. */
@Component
class ListingModeration implements ModeratedContent {

    static final String LISTING = "LISTING";

    private final DatabaseClient db;

    ListingModeration(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Set<String> kinds() {
        return Set.of(LISTING);
    }

    @Override
    public Mono<ContentRef> find(String kind, UUID id) {
        if (!LISTING.equals(kind)) {
            return Mono.empty();
        }
        return db.sql("SELECT author_id, title FROM listings WHERE id = :id")
                .bind("id", id)
                .map(row ->
                        new ContentRef(LISTING, id, row.get("author_id", UUID.class), row.get("title", String.class)))
                .one();
    }
}

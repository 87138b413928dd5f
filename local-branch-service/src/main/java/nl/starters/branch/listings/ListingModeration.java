package nl.starters.branch.listings;

import java.util.Map;
import nl.starters.branch.moderation.ContentLookup;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/** Lets moderation flag, hide and remove listings on the board. */
@Component
class ListingModeration extends ContentLookup {

    static final String LISTING = "LISTING";

    ListingModeration(DatabaseClient db) {
        super(db, Map.of(LISTING, "SELECT author_id, title FROM listings WHERE id = :id"));
    }
}

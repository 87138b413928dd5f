package nl.starters.branch.listings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.starters.branch.moderation.Moderation;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

/**
 * Which listings a board page shows: never hidden or removed ones; unexpired ones unless the member
 * asks for their own (which they may want to post again).
 *
 * @param type null for both kinds
 * @param sector null for every sector; compared without minding case
 * @param authorId the caller when they ask for their own listings, else null
 */
record ListingFilter(ListingType type, String sector, UUID authorId, Instant now) {

    String where() {
        List<String> conditions = new ArrayList<>();
        conditions.add(Moderation.visible("l.id"));
        conditions.add(authorId == null ? "l.expires_at > :now" : "l.author_id = :author");
        if (type != null) {
            conditions.add("l.type = :type");
        }
        if (sector != null) {
            conditions.add("lower(l.sector) = :sector");
        }
        return " WHERE " + String.join(" AND ", conditions);
    }

    GenericExecuteSpec bind(GenericExecuteSpec spec) {
        GenericExecuteSpec bound = authorId == null ? spec.bind("now", now) : spec.bind("author", authorId);
        if (type != null) {
            bound = bound.bind("type", type.name());
        }
        if (sector != null) {
            bound = bound.bind("sector", sector.strip().toLowerCase(Locale.ROOT));
        }
        return bound;
    }
}

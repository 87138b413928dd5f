package nl.starters.branch.listings;

import java.time.Instant;
import java.util.UUID;
import nl.starters.servicedefaults.members.Author;

/**
 * A listing as a reader sees it.
 *
 * @param body the Markdown source: only for its author and staff of this branch, otherwise null
 * @param expired past its expiry: off the board, still readable by its link
 */
record ListingView(
        UUID id,
        ListingType type,
        String title,
        String body,
        String bodyHtml,
        String sector,
        Author author,
        Instant createdAt,
        Instant expiresAt,
        boolean expired) {}

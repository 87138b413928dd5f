package nl.starters.branch.listings;

import java.time.Instant;
import java.util.UUID;

/** A listing as stored: the Markdown source, rendered only when served. */
record Listing(
        UUID id,
        ListingType type,
        String title,
        String body,
        String sector,
        UUID authorId,
        Instant createdAt,
        Instant expiresAt) {}

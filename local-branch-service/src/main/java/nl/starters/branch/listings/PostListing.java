package nl.starters.branch.listings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A new listing for the board.
 *
 * @param body Markdown, served rendered and sanitised
 * @param expiresAt optional: default 30 days from now, at most one year ahead
 */
record PostListing(
        @NotNull(message = "must be OFFER or REQUEST") ListingType type,

        @NotBlank(message = "must not be blank") @Size(min = 3, max = 200, message = "must be 3 to 200 characters")
        String title,

        @NotBlank(message = "must not be blank") @Size(max = 20_000, message = "may be at most 20000 characters")
        String body,

        @NotBlank(message = "must not be blank") @Size(max = 100, message = "may be at most 100 characters")
        String sector,

        Instant expiresAt) {}

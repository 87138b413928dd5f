package nl.starters.branch.listings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Locale;

/**
 * A new listing for the board.
 *
 * @param type {@code OFFER} or {@code REQUEST} (a string, so a wrong value gets a clear problem)
 * @param body Markdown, served rendered and sanitised
 * @param expiresAt optional: default 30 days from now, at most one year ahead
 */
record PostListing(
        @NotNull(message = "must be OFFER or REQUEST")
        @Pattern(regexp = "(?i)OFFER|REQUEST", message = "must be OFFER or REQUEST")
        String type,

        @NotBlank(message = "must not be blank") @Size(min = 3, max = 200, message = "must be 3 to 200 characters")
        String title,

        @NotBlank(message = "must not be blank") @Size(max = 20_000, message = "may be at most 20000 characters")
        String body,

        @NotBlank(message = "must not be blank") @Size(max = 100, message = "may be at most 100 characters")
        String sector,

        Instant expiresAt) {

    ListingType listingType() {
        return ListingType.valueOf(type.strip().toUpperCase(Locale.ROOT));
    }
}

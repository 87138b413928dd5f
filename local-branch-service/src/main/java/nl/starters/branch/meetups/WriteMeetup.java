package nl.starters.branch.meetups;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A new meetup, or all of a meetup after a change.
 *
 * @param description Markdown, served rendered and sanitised
 * @param startsAt must be in the future
 * @param capacity how many members can go; the others wait for a place
 */
record WriteMeetup(
        @NotBlank(message = "must not be blank") @Size(min = 3, max = 200, message = "must be 3 to 200 characters")
        String title,

        @NotBlank(message = "must not be blank") @Size(max = 20_000, message = "may be at most 20000 characters")
        String description,

        @NotNull(message = "must be given (an ISO-8601 instant)")
        Instant startsAt,

        @NotBlank(message = "must not be blank") @Size(max = 200, message = "may be at most 200 characters")
        String place,

        @NotNull(message = "must be given")
        @Min(value = 1, message = "must be at least 1")
        @Max(value = 1000, message = "may be at most 1000")
        Integer capacity) {}

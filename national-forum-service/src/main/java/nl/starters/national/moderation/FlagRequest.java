package nl.starters.national.moderation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A member's flag: which content ({@code kind} QUESTION or ANSWER, and {@code id}) and why. */
record FlagRequest(
        @NotBlank(message = "say what kind of content this is: QUESTION or ANSWER")
        String kind,

        @NotNull(message = "say which content you flag") UUID id,

        @NotNull(message = "give a reason for the coordinators")
        @Size(min = 3, max = 500, message = "a reason is 3 to 500 characters")
        String reason) {}

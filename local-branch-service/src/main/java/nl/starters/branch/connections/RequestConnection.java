package nl.starters.branch.connections;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A request to connect with another member, with an optional note for them. */
record RequestConnection(
        @NotNull(message = "name the member to connect with")
        UUID memberId,

        @Size(max = 500, message = "may be at most 500 characters")
        String message) {}

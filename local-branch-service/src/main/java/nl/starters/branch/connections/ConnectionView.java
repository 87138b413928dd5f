package nl.starters.branch.connections;

import java.time.Instant;
import java.util.UUID;
import nl.starters.servicedefaults.members.Author;

/**
 * A connection as one of its two members sees it: the other member as this branch shows them, and
 * whether the caller asked or was asked.
 */
record ConnectionView(
        UUID id,
        ConnectionState state,
        Direction direction,
        Author member,
        String message,
        Instant createdAt,
        Instant decidedAt) {}

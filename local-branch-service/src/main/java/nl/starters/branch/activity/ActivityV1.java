package nl.starters.branch.activity;

import java.time.Instant;
import java.util.UUID;

/**
 * The payload of {@code activity.recorded.v1}: no names, the member only as a keyed hash of their id.
 *
 * @param latencySeconds only for {@link ActivityType#FIRST_STAFF_REPLY}: working seconds the reply took
 */
public record ActivityV1(
        UUID eventId,
        String branch,
        ActivityType type,
        Instant occurredAt,
        String memberHash,
        UUID subjectId,
        Long latencySeconds) {}

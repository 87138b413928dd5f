package nl.starters.national.activity;

import java.time.Instant;
import java.util.UUID;

/**
 * The national forum's reading of {@code activity.recorded.v1} (docs/asyncapi.yaml); {@code type} stays
 * text so a type added later is skipped rather than set aside as poison.
 */
record ActivityV1(
        UUID eventId,
        String branch,
        String type,
        Instant occurredAt,
        String memberHash,
        UUID subjectId,
        UUID parentId,
        Long latencySeconds,
        Boolean slaBreached) {}

package nl.starters.branch.activity;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/**
 * The payload of {@code activity.recorded.v1}: no names, the member only as a keyed hash of their id;
 * optional fields are left out rather than sent as null (docs/asyncapi.yaml).
 *
 * @param parentId for {@link ActivityType#ANSWER} the question, for {@link ActivityType#COMMENT} the post
 * @param latencySeconds only for {@link ActivityType#FIRST_STAFF_REPLY}: working seconds the reply took
 * @param slaBreached only for {@link ActivityType#FIRST_STAFF_REPLY}: the reply came after its due moment
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActivityV1(
        UUID eventId,
        String branch,
        ActivityType type,
        Instant occurredAt,
        String memberHash,
        UUID subjectId,
        UUID parentId,
        Long latencySeconds,
        Boolean slaBreached) {}

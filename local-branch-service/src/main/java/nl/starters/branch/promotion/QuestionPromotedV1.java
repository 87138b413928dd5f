package nl.starters.branch.promotion;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The payload of {@code question.promoted.v1} on questions.promoted.v1 (docs/asyncapi.yaml): the current
 * version of a promoted question; names are not sent (the national forum renders them from its own copy).
 */
record QuestionPromotedV1(
        UUID questionId,
        String branch,
        UUID askerId,
        String title,
        String body,
        List<String> tags,
        PromotionStatus status,
        Instant promotedAt) {}

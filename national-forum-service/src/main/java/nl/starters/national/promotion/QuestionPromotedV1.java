package nl.starters.national.promotion;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The payload of {@code question.promoted.v1} as the branch publishes it (docs/asyncapi.yaml). */
record QuestionPromotedV1(
        UUID questionId,
        String branch,
        UUID askerId,
        String title,
        String body,
        List<String> tags,
        Status status,
        Instant promotedAt) {

    /** SHARED is the current version; REMOVED (moderation) and WITHDRAWN (consent) take the copy away. */
    enum Status {
        SHARED,
        REMOVED,
        WITHDRAWN
    }

    List<String> tagsOrNone() {
        return tags == null ? List.of() : tags;
    }
}

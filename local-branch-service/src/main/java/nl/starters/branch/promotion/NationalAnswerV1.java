package nl.starters.branch.promotion;

import java.time.Instant;
import java.util.UUID;
import nl.starters.servicedefaults.kafka.InvalidEventException;

/**
 * What this branch reads of {@code answer.national-posted.v1} (docs/asyncapi.yaml NationalAnswerPostedV1):
 * an answer given nationally to a question promoted by {@code originBranch}.
 */
record NationalAnswerV1(
        UUID answerId,
        UUID questionId,
        String originBranch,
        UUID authorId,
        String authorBranch,
        String body,
        Boolean accepted,
        Instant postedAt) {

    /** A record without its required fields is a poison record (it goes to the dead-letter topic). */
    NationalAnswerV1 {
        if (answerId == null
                || questionId == null
                || originBranch == null
                || authorId == null
                || body == null
                || postedAt == null) {
            throw new InvalidEventException(
                    "a national answer needs answerId, questionId, originBranch, authorId, body and postedAt");
        }
    }

    boolean isAccepted() {
        return Boolean.TRUE.equals(accepted);
    }
}

package nl.starters.national.answers;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/**
 * The payload of {@code answer.national-posted.v1}, keyed by question id, for the origin branch: a new
 * answer ({@code accepted} false) or a later version of it when the asker accepts it (true) or moves the
 * acceptance to another answer (false again); optional fields are left out rather than sent as null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record NationalAnswerPostedV1(
        UUID answerId,
        UUID questionId,
        String originBranch,
        UUID authorId,
        String authorBranch,
        String body,
        Boolean accepted,
        Instant postedAt) {

    static final String TYPE = "answer.national-posted.v1";

    NationalAnswerPostedV1 accepted(boolean now) {
        return new NationalAnswerPostedV1(
                answerId, questionId, originBranch, authorId, authorBranch, body, now, postedAt);
    }
}

package nl.starters.branch.questions;

import java.util.UUID;
import nl.starters.servicedefaults.problems.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** No such answer to this question: unknown, an answer to another question, or hidden by moderation. */
class AnswerNotFound extends ErrorResponseException {

    AnswerNotFound(UUID questionId, UUID answerId) {
        super(
                HttpStatus.NOT_FOUND,
                Problems.of(
                        HttpStatus.NOT_FOUND,
                        "Not found",
                        "Question " + questionId + " has no answer " + answerId + "."),
                null);
    }
}

package nl.starters.branch.questions;

import java.util.UUID;
import nl.starters.servicedefaults.problems.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** No such question here: unknown, another branch's, or hidden by moderation from this reader. */
class QuestionNotFound extends ErrorResponseException {

    QuestionNotFound(UUID id) {
        super(
                HttpStatus.NOT_FOUND,
                Problems.of(HttpStatus.NOT_FOUND, "Not found", "This branch has no question " + id + "."),
                null);
    }
}

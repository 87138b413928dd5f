package nl.starters.branch.blog;

import java.util.UUID;
import nl.starters.servicedefaults.problems.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** No such post for this reader: unknown, another branch's, a draft or hidden content for non-staff. */
class PostNotFound extends ErrorResponseException {

    PostNotFound(UUID id) {
        super(
                HttpStatus.NOT_FOUND,
                Problems.of(HttpStatus.NOT_FOUND, "Not found", "This branch has no post " + id + "."),
                null);
    }
}

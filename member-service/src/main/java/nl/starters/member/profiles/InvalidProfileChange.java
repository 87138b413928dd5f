package nl.starters.member.profiles;

import nl.starters.servicedefaults.problems.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** A profile edit that breaks a rule spanning fields (named in the detail, like a validation problem). */
class InvalidProfileChange extends ErrorResponseException {

    InvalidProfileChange(String detail) {
        super(HttpStatus.BAD_REQUEST, Problems.of(HttpStatus.BAD_REQUEST, "Invalid request", detail), null);
    }
}

package nl.starters.member.federation;

import nl.starters.servicedefaults.problems.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** A first bank login that cannot open an account: the ID token lacks what an account needs. */
class FirstLoginRefused extends ErrorResponseException {

    FirstLoginRefused(String detail) {
        super(
                HttpStatus.UNPROCESSABLE_CONTENT,
                Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "Cannot open an account", detail),
                null);
    }
}

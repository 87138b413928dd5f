package nl.starters.member.tokens;

import nl.starters.servicedefaults.problems.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The same answer for an unknown username and a wrong password, so neither reveals which accounts exist. */
class BadCredentials extends ErrorResponseException {

    BadCredentials() {
        super(
                HttpStatus.UNAUTHORIZED,
                Problems.of(HttpStatus.UNAUTHORIZED, "Bad credentials", "The username or the password is not right."),
                null);
    }
}

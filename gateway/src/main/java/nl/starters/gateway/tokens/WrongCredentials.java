package nl.starters.gateway.tokens;

import nl.starters.servicedefaults.problems.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The same answer for an unknown username and a wrong password, so neither can be probed. */
class WrongCredentials extends ErrorResponseException {

    WrongCredentials() {
        super(
                HttpStatus.UNAUTHORIZED,
                Problems.of(HttpStatus.UNAUTHORIZED, "Wrong credentials", "The username or password is not right."),
                null);
    }
}

package nl.starters.gateway.tokens;

import nl.starters.servicedefaults.problems.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** Member-service did not answer in time (or answered with a 5xx): nobody can sign in right now. */
public class MemberServiceUnavailable extends ErrorResponseException {

    public MemberServiceUnavailable(Throwable cause) {
        super(
                HttpStatus.SERVICE_UNAVAILABLE,
                Problems.of(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "Temporarily unavailable",
                        "Signing in is not possible right now; please try again in a moment."),
                cause);
    }
}

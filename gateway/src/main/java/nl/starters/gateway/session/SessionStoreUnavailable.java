package nl.starters.gateway.session;

import nl.starters.servicedefaults.problems.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The session store (the gateway's database) did not answer: sessions cannot be checked just now. */
class SessionStoreUnavailable extends ErrorResponseException {

    SessionStoreUnavailable(Throwable cause) {
        super(
                HttpStatus.SERVICE_UNAVAILABLE,
                Problems.of(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "Temporarily unavailable",
                        "Sessions cannot be checked right now; please try again in a moment."),
                cause);
    }
}

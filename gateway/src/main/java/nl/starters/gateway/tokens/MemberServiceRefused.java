package nl.starters.gateway.tokens;

import nl.starters.servicedefaults.problems.Problems;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponseException;

/** Member-service answered, with a 4xx: its status and detail pass on to the caller unless handled. */
public class MemberServiceRefused extends ErrorResponseException {

    MemberServiceRefused(HttpStatusCode status, String title, String detail) {
        super(status, Problems.of(status, title, detail), null);
    }
}

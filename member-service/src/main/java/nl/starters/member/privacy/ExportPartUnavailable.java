package nl.starters.member.privacy;

import nl.starters.servicedefaults.problems.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** A part of the export did not arrive: no export at all rather than one that silently lacks a part. */
class ExportPartUnavailable extends ErrorResponseException {

    ExportPartUnavailable(String part, Throwable cause) {
        super(
                HttpStatus.SERVICE_UNAVAILABLE,
                Problems.of(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "Export incomplete",
                        "Your export could not be completed: " + part
                                + " did not hand over its part. Nothing was left out silently; try again later."),
                cause);
        getHeaders().set(HttpHeaders.RETRY_AFTER, "30");
    }
}

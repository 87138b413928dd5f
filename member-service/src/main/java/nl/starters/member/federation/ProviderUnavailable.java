package nl.starters.member.federation;

import nl.starters.servicedefaults.problems.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The provider's keys could not be fetched, so the ID token cannot be checked now. */
class ProviderUnavailable extends ErrorResponseException {

    ProviderUnavailable(String issuer, Throwable cause) {
        super(
                HttpStatus.SERVICE_UNAVAILABLE,
                Problems.of(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "Bank login unavailable",
                        "The bank login " + issuer + " could not be reached to check the ID token. Try again soon."),
                cause);
    }
}

package nl.starters.member.federation;

import nl.starters.servicedefaults.problems.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** An ID token we do not accept: unknown provider, bad signature, another client's, expired. */
class UntrustedIdToken extends ErrorResponseException {

    UntrustedIdToken(String why) {
        super(
                HttpStatus.UNAUTHORIZED,
                Problems.of(
                        HttpStatus.UNAUTHORIZED,
                        "ID token not accepted",
                        "The bank login's ID token is not accepted: " + why + ". Sign in at your bank again."),
                null);
    }
}

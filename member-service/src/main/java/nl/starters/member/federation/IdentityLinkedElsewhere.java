package nl.starters.member.federation;

import nl.starters.servicedefaults.problems.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** This bank login already signs in another member. */
class IdentityLinkedElsewhere extends ErrorResponseException {

    IdentityLinkedElsewhere() {
        super(
                HttpStatus.CONFLICT,
                Problems.of(
                        HttpStatus.CONFLICT,
                        "Bank login linked elsewhere",
                        "This bank login is already linked to another account."),
                null);
    }
}

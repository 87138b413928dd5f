package nl.starters.member.federation;

import nl.starters.servicedefaults.problems.ProblemTypes;
import nl.starters.servicedefaults.problems.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A first bank login with the e-mail address of an existing account: never linked by e-mail (an address
 * proves nothing about who holds the account); the member links it while signed in.
 */
class EmailBelongsToAccount extends ErrorResponseException {

    EmailBelongsToAccount() {
        super(HttpStatus.CONFLICT, problem(), null);
    }

    private static ProblemDetail problem() {
        var problem = Problems.of(
                HttpStatus.CONFLICT,
                "Account exists",
                "An account with this e-mail address already exists: log in to that account and link your bank"
                        + " login (POST /api/members/me/identities).");
        problem.setType(ProblemTypes.of("link-bank-login"));
        return problem;
    }
}

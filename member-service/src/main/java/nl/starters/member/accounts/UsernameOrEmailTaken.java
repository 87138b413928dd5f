package nl.starters.member.accounts;

import nl.starters.servicedefaults.problems.ProblemTypes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Registration with a username or e-mail address that an account already has. */
class UsernameOrEmailTaken extends ErrorResponseException {

    UsernameOrEmailTaken(Throwable cause) {
        super(HttpStatus.CONFLICT, problem(), cause);
    }

    private static ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT, "An account with this username or e-mail address already exists.");
        problem.setType(ProblemTypes.of("account-exists"));
        problem.setTitle("Account exists");
        return problem;
    }
}

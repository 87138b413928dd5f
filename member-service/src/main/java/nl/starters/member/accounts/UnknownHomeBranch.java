package nl.starters.member.accounts;

import nl.starters.servicedefaults.problems.ProblemTypes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A registration naming a home branch the federation does not have. */
class UnknownHomeBranch extends ErrorResponseException {

    UnknownHomeBranch(String branch) {
        super(HttpStatus.BAD_REQUEST, problem(branch), null);
    }

    private static ProblemDetail problem(String branch) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, "homeBranch: there is no branch '" + branch + "' (see GET /api/branches).");
        problem.setType(ProblemTypes.INVALID_REQUEST);
        problem.setTitle("Invalid request");
        return problem;
    }
}

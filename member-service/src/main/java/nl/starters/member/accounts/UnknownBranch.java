package nl.starters.member.accounts;

import nl.starters.servicedefaults.problems.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** A request naming a branch the federation does not have (the registry of config/branches.yml). */
public class UnknownBranch extends ErrorResponseException {

    /** @param field the request field or parameter that names the branch */
    public UnknownBranch(String field, String branch) {
        super(
                HttpStatus.BAD_REQUEST,
                Problems.of(
                        HttpStatus.BAD_REQUEST,
                        "Invalid request",
                        field + ": there is no branch '" + branch + "' (see GET /api/branches)."),
                null);
    }
}

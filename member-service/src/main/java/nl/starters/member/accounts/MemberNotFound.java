package nl.starters.member.accounts;

import java.util.UUID;
import nl.starters.servicedefaults.problems.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** No such member (never was, or erased). */
public class MemberNotFound extends ErrorResponseException {

    public MemberNotFound(UUID id) {
        super(
                HttpStatus.NOT_FOUND,
                Problems.of(HttpStatus.NOT_FOUND, "Member not found", "There is no member " + id + "."),
                null);
    }
}

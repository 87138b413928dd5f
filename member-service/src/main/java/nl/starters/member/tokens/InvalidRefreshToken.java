package nl.starters.member.tokens;

import nl.starters.servicedefaults.problems.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** A refresh token that is unknown, expired, revoked or already used: the session is over. */
class InvalidRefreshToken extends ErrorResponseException {

    InvalidRefreshToken(boolean reused) {
        super(
                HttpStatus.UNAUTHORIZED,
                Problems.of(
                        HttpStatus.UNAUTHORIZED,
                        "Invalid refresh token",
                        reused
                                ? "This refresh token was already used, so the session it belongs to has been ended"
                                        + " for safety. Sign in again."
                                : "The refresh token is unknown, expired or revoked. Sign in again."),
                null);
    }
}

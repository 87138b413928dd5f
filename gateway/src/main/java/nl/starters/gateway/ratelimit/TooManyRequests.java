package nl.starters.gateway.ratelimit;

import nl.starters.servicedefaults.problems.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** Over a limit: a 429 problem whose {@code Retry-After} says when the next attempt can succeed. */
class TooManyRequests extends ErrorResponseException {

    TooManyRequests(String detail, long nanosToWait) {
        super(
                HttpStatus.TOO_MANY_REQUESTS,
                Problems.of(HttpStatus.TOO_MANY_REQUESTS, "Too many requests", detail),
                null);
        long seconds = Math.max(1, (nanosToWait + 999_999_999L) / 1_000_000_000L);
        getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    }
}

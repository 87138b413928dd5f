package nl.starters.gateway.security;

import nl.starters.servicedefaults.problems.ProblemResponses;
import nl.starters.servicedefaults.problems.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** A missing or wrong CSRF token: a 403 problem that says what to send, with a token to send next time. */
final class CsrfDenied implements ServerAccessDeniedHandler {

    private final XsrfCookieRepository tokens;
    private final ProblemResponses problems;

    CsrfDenied(XsrfCookieRepository tokens, ProblemResponses problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return tokens.loadOrIssue(exchange)
                .then(problems.write(
                        exchange,
                        Problems.of(
                                HttpStatus.FORBIDDEN,
                                "CSRF token missing or wrong",
                                "Send the value of the " + XsrfCookieRepository.COOKIE + " cookie in the "
                                        + XsrfCookieRepository.HEADER + " header with this request.")));
    }
}

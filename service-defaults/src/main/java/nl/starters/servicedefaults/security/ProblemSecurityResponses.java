package nl.starters.servicedefaults.security;

import nl.starters.servicedefaults.problems.ProblemResponses;
import nl.starters.servicedefaults.problems.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** 401 and 403 as problem details, so a client learns whether to sign in or that it may not. */
public class ProblemSecurityResponses implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

    private final ProblemResponses problems;

    public ProblemSecurityResponses(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        boolean badToken = failure instanceof InvalidBearerTokenException;
        var headers = new HttpHeaders();
        headers.set(
                HttpHeaders.WWW_AUTHENTICATE,
                badToken ? "Bearer error=\"invalid_token\", error_description=\"The token is not valid\"" : "Bearer");
        String detail = badToken
                ? "The access token is not valid (" + failure.getMessage() + "). Sign in again."
                : "Sign in first: this needs a member's session or access token.";
        return problems.write(exchange, Problems.of(HttpStatus.UNAUTHORIZED, "Unauthenticated", detail), headers);
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return problems.write(
                exchange,
                Problems.of(
                        HttpStatus.FORBIDDEN,
                        "Forbidden",
                        "Your roles or home branch do not allow "
                                + exchange.getRequest().getMethod() + " "
                                + exchange.getRequest().getPath().value() + "."));
    }
}

package nl.starters.servicedefaults.security;

import nl.starters.servicedefaults.problems.ProblemResponses;
import nl.starters.servicedefaults.problems.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * 401, 403 and 503 as problem details, so a client learns whether to sign in (again), that it may
 * not, or that sign-ins cannot be checked just now (member-service's keys are out of reach).
 */
public class ProblemSecurityResponses
        implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler, ServerAuthenticationFailureHandler {

    private static final int MAX_REASON = 200;

    private final ProblemResponses problems;

    public ProblemSecurityResponses(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        var headers = new HttpHeaders();
        if (failure instanceof OAuth2AuthenticationException invalid) {
            headers.set(
                    HttpHeaders.WWW_AUTHENTICATE,
                    "Bearer error=\"" + invalid.getError().getErrorCode()
                            + "\", error_description=\"The access token is not valid\"");
            String detail = "The access token is not valid (" + reasonOf(failure) + "). Sign in again.";
            return problems.write(exchange, Problems.of(HttpStatus.UNAUTHORIZED, "Unauthenticated", detail), headers);
        }
        headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        String detail = "Sign in first: " + exchange.getRequest().getMethod() + " "
                + exchange.getRequest().getPath().value() + " needs a member's session or access token.";
        return problems.write(exchange, Problems.of(HttpStatus.UNAUTHORIZED, "Unauthenticated", detail), headers);
    }

    /** A token that could not be checked at all (no keys) is not the member's fault: 503, not 401. */
    @Override
    public Mono<Void> onAuthenticationFailure(WebFilterExchange exchange, AuthenticationException failure) {
        if (failure instanceof AuthenticationServiceException) {
            var headers = new HttpHeaders();
            headers.set(HttpHeaders.RETRY_AFTER, "5");
            return problems.write(
                    exchange.getExchange(),
                    Problems.of(
                            HttpStatus.SERVICE_UNAVAILABLE,
                            "Sign-ins cannot be checked",
                            "Sign-ins cannot be checked right now (the signing keys are out of reach). Try again shortly."),
                    headers);
        }
        return commence(exchange.getExchange(), failure);
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

    /** The innermost message names the reason ("Invalid signature", "Jwt expired at …"), not a wrapper's. */
    private static String reasonOf(AuthenticationException failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? "unreadable" : cause.getMessage();
        String reason = message.replace("An error occurred while attempting to decode the Jwt: ", "")
                .lines()
                .findFirst()
                .orElse("unreadable");
        return reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) + "…" : reason;
    }
}

package nl.starters.servicedefaults.security;

import java.util.Arrays;
import java.util.function.Predicate;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.web.server.authorization.AuthorizationContext;

/** Authorization managers that decide on the {@link Caller}: "a member of this branch", "its staff". */
public final class CallerAuthorization {

    private CallerAuthorization() {}

    public static ReactiveAuthorizationManager<AuthorizationContext> caller(Predicate<Caller> rule) {
        return (authentication, context) -> authentication
                .filter(Authentication::isAuthenticated)
                .map(Authentication::getPrincipal)
                .filter(Jwt.class::isInstance)
                .<AuthorizationResult>map(jwt -> new AuthorizationDecision(rule.test(Caller.of((Jwt) jwt))))
                .defaultIfEmpty(new AuthorizationDecision(false));
    }

    /** Members (staff included) whose home branch this is. */
    public static ReactiveAuthorizationManager<AuthorizationContext> memberOf(String branchId) {
        return caller(caller -> caller.belongsTo(branchId));
    }

    /** Staff of this branch. */
    public static ReactiveAuthorizationManager<AuthorizationContext> staffOf(String branchId) {
        return caller(caller -> caller.isStaffOf(branchId));
    }

    public static ReactiveAuthorizationManager<AuthorizationContext> anyRole(String... roles) {
        return caller(caller -> Arrays.stream(roles).anyMatch(caller::hasRole));
    }
}

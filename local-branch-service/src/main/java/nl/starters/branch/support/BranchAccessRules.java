package nl.starters.branch.support;

import static nl.starters.servicedefaults.security.CallerAuthorization.memberOf;

import nl.starters.servicedefaults.security.AuthorizationRules;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * Who may do what in a branch, in general: reading published posts is open to everybody (starters still
 * orienting read the blog without an account); any other read needs a signed-in member of any branch;
 * a write needs a member whose home branch this is. Features with stricter rules (staff-only endpoints)
 * add their own {@code AuthorizationRules} bean, ordered before this one.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class BranchAccessRules implements AuthorizationRules {

    private final String branch;

    BranchAccessRules(BranchProperties properties) {
        this.branch = properties.id();
    }

    @Override
    public void apply(AuthorizeExchangeSpec exchanges) {
        exchanges
                .pathMatchers(HttpMethod.GET, "/api/branches/{branch}/posts", "/api/branches/{branch}/posts/{id}")
                .permitAll()
                .pathMatchers(HttpMethod.GET, "/api/branches/**")
                .authenticated()
                .pathMatchers("/api/branches/**")
                .access(memberOf(branch));
    }
}

package nl.starters.branch.support;

import nl.starters.servicedefaults.security.AuthorizationRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * Who may do what in a branch. Reading published posts is open to everybody, so starters still
 * orienting can read the blog without an account; everything else (member cards, the member's own
 * export) needs a signed-in member.
 */
@Component
class BranchAccessRules implements AuthorizationRules {

    @Override
    public void apply(AuthorizeExchangeSpec exchanges) {
        exchanges
                .pathMatchers(HttpMethod.GET, "/api/branches/{branch}/posts", "/api/branches/{branch}/posts/{id}")
                .permitAll()
                .pathMatchers("/api/branches/**")
                .authenticated();
    }
}

package nl.starters.branch.replies;

import static nl.starters.servicedefaults.security.CallerAuthorization.staffOf;

import nl.starters.branch.support.BranchProperties;
import nl.starters.servicedefaults.security.AuthorizationRules;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/** The inbox is the branch staff's work list: only staff of this branch see it. */
@Component
@Order(0)
class InboxAccessRules implements AuthorizationRules {

    private final String branch;

    InboxAccessRules(BranchProperties properties) {
        this.branch = properties.id();
    }

    @Override
    public void apply(AuthorizeExchangeSpec exchanges) {
        exchanges
                .pathMatchers("/api/branches/{branch}/inbox", "/api/branches/{branch}/inbox/**")
                .access(staffOf(branch));
    }
}

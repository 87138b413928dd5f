package nl.starters.branch.moderation;

import static nl.starters.servicedefaults.security.CallerAuthorization.staffOf;

import nl.starters.branch.support.BranchProperties;
import nl.starters.servicedefaults.security.AuthorizationRules;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/** Only staff of this branch see its moderation queue and decide on flagged content; members flag. */
@Component
@Order(0)
class ModerationAccessRules implements AuthorizationRules {

    private final String branch;

    ModerationAccessRules(BranchProperties properties) {
        this.branch = properties.id();
    }

    @Override
    public void apply(AuthorizeExchangeSpec exchanges) {
        exchanges
                .pathMatchers("/api/branches/{branch}/moderation", "/api/branches/{branch}/moderation/**")
                .access(staffOf(branch));
    }
}

package nl.starters.national.moderation;

import static nl.starters.servicedefaults.security.CallerAuthorization.anyRole;

import nl.starters.servicedefaults.security.AuthorizationRules;
import nl.starters.servicedefaults.security.Roles;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/** Only coordinators see the national moderation queue and decide on content; every member may flag. */
@Component
@Order(0)
class ModerationAccessRules implements AuthorizationRules {

    @Override
    public void apply(AuthorizeExchangeSpec exchanges) {
        exchanges
                .pathMatchers("/api/national/moderation", "/api/national/moderation/**")
                .access(anyRole(Roles.COORDINATOR));
    }
}

package nl.starters.national.activity;

import static nl.starters.servicedefaults.security.CallerAuthorization.anyRole;

import nl.starters.servicedefaults.security.AuthorizationRules;
import nl.starters.servicedefaults.security.Roles;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/** Only coordinators watch the national activity, as figures and as the live stream. */
@Component
@Order(0)
class ActivityAccessRules implements AuthorizationRules {

    @Override
    public void apply(AuthorizeExchangeSpec exchanges) {
        exchanges
                .pathMatchers("/api/national/activity", "/api/national/activity/**")
                .access(anyRole(Roles.COORDINATOR));
    }
}

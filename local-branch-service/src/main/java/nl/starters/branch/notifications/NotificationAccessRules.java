package nl.starters.branch.notifications;

import nl.starters.servicedefaults.security.AuthorizationRules;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * A member of another branch can be told something here (asked to connect by one of this branch's
 * members), so marking notifications read needs only a signed-in member; the service only ever touches
 * the caller's own.
 */
@Component
@Order(0)
class NotificationAccessRules implements AuthorizationRules {

    @Override
    public void apply(AuthorizeExchangeSpec exchanges) {
        exchanges.pathMatchers("/api/branches/{branch}/notifications/**").authenticated();
    }
}

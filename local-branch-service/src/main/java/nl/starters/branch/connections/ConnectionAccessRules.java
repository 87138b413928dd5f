package nl.starters.branch.connections;

import nl.starters.servicedefaults.security.AuthorizationRules;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * A member of any branch may be asked to connect by a member of this one, so deciding on a request
 * needs only a signed-in member here; that it is the member who was asked, the service checks.
 * Sending a request stays with the general rule (members whose home branch this is).
 */
@Component
@Order(0)
class ConnectionAccessRules implements AuthorizationRules {

    @Override
    public void apply(AuthorizeExchangeSpec exchanges) {
        exchanges
                .pathMatchers(
                        HttpMethod.POST,
                        "/api/branches/{branch}/connections/{id}/accept",
                        "/api/branches/{branch}/connections/{id}/decline")
                .authenticated();
    }
}

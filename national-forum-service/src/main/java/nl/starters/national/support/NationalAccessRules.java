package nl.starters.national.support;

import nl.starters.servicedefaults.security.AuthorizationRules;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * Who may do what in the national forum: it is open to every signed-in member (questions from all
 * regions, the member's own export); coordinator-only views arrive with the activity feature.
 */
@Component
class NationalAccessRules implements AuthorizationRules {

    @Override
    public void apply(AuthorizeExchangeSpec exchanges) {
        exchanges.pathMatchers("/api/national/**").authenticated();
    }
}

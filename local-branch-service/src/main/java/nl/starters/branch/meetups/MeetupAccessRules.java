package nl.starters.branch.meetups;

import static nl.starters.servicedefaults.security.CallerAuthorization.staffOf;

import nl.starters.branch.support.BranchProperties;
import nl.starters.servicedefaults.security.AuthorizationRules;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/** Meetups are the bank's: only staff of this branch organise and change them (members RSVP, the general rule). */
@Component
@Order(0)
class MeetupAccessRules implements AuthorizationRules {

    private final String branch;

    MeetupAccessRules(BranchProperties properties) {
        this.branch = properties.id();
    }

    @Override
    public void apply(AuthorizeExchangeSpec exchanges) {
        exchanges
                .pathMatchers(HttpMethod.POST, "/api/branches/{branch}/meetups")
                .access(staffOf(branch))
                .pathMatchers(HttpMethod.PUT, "/api/branches/{branch}/meetups/{id}")
                .access(staffOf(branch));
    }
}

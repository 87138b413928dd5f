package nl.starters.branch.promotion;

import static nl.starters.servicedefaults.security.CallerAuthorization.staffOf;

import nl.starters.branch.support.BranchProperties;
import nl.starters.servicedefaults.security.AuthorizationRules;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/** Only staff of this branch promote its questions to the national forum. */
@Component
@Order(0)
class PromotionAccessRules implements AuthorizationRules {

    static final String PROMOTE = "/api/branches/{branch}/questions/{id}/promote";

    private final String branch;

    PromotionAccessRules(BranchProperties properties) {
        this.branch = properties.id();
    }

    @Override
    public void apply(AuthorizeExchangeSpec exchanges) {
        exchanges.pathMatchers(HttpMethod.POST, PROMOTE).access(staffOf(branch));
    }
}

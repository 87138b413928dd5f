package nl.starters.servicedefaults.security;

import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;

/**
 * A service's own access rules, applied by the shared filter chain after the always-public paths
 * (probes, API docs, actuator) and before "anything else needs a signed-in member".
 */
@FunctionalInterface
public interface AuthorizationRules {

    void apply(AuthorizeExchangeSpec exchanges);
}

package nl.starters.member.support;

import nl.starters.servicedefaults.security.AuthorizationRules;
import nl.starters.servicedefaults.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may do what at member-service (IDENTITY.md): registration, the token API and the JWKS are public
 * (the gateway does not route the latter two); role changes and the audit log need ADMIN; everything else
 * a signed-in member, who acts only on their own account.
 */
@Configuration(proxyBeanMethods = false)
class MemberSecurity {

    @Bean
    AuthorizationRules memberServiceRules() {
        return exchanges -> exchanges
                .pathMatchers(HttpMethod.POST, "/api/members")
                .permitAll()
                .pathMatchers(HttpMethod.POST, "/api/auth/token", "/api/auth/refresh", "/api/auth/logout")
                .permitAll()
                .pathMatchers(HttpMethod.POST, "/api/auth/federated")
                .permitAll()
                .pathMatchers(HttpMethod.GET, "/.well-known/jwks.json")
                .permitAll()
                .pathMatchers(HttpMethod.PUT, "/api/members/*/roles")
                .hasRole(Roles.ADMIN)
                .pathMatchers("/api/admin/**")
                .hasRole(Roles.ADMIN);
    }
}

package nl.starters.servicedefaults.security;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A tiny service for the shared security's own tests: no database, no Kafka, a public endpoint, a
 * signed-in one and some guarded by role and branch through an {@link AuthorizationRules} bean.
 */
@SpringBootApplication(
        excludeName = {
            "org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
            "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration"
        })
class SecuredTestApplication {

    @Bean
    AuthorizationRules testRules() {
        return exchanges -> exchanges
                .pathMatchers(HttpMethod.GET, "/public/**")
                .permitAll()
                .pathMatchers("/api/branches/utrecht/staff-room")
                .access(CallerAuthorization.staffOf("utrecht"))
                .pathMatchers("/api/branches/utrecht/members-only")
                .access(CallerAuthorization.memberOf("utrecht"))
                .pathMatchers("/api/admin/**")
                .access(CallerAuthorization.anyRole(Roles.ADMIN));
    }

    @RestController
    static class Endpoints {

        @GetMapping("/public/hello")
        String hello() {
            return "hello";
        }

        @GetMapping("/api/me")
        Caller me(@AuthenticationPrincipal Jwt jwt) {
            return Caller.of(jwt);
        }

        @GetMapping({"/api/branches/utrecht/staff-room", "/api/branches/utrecht/members-only", "/api/admin/audit"})
        String guarded() {
            return "in";
        }
    }
}

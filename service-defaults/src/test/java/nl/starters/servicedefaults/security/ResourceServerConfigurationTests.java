package nl.starters.servicedefaults.security;

import static org.assertj.core.api.Assertions.assertThat;

import nl.starters.servicedefaults.problems.ProblemDetailsConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.codec.autoconfigure.CodecsAutoConfiguration;
import org.springframework.boot.security.autoconfigure.ReactiveUserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.ReactiveOAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webflux.autoconfigure.WebFluxAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.userdetails.ReactiveUserDetailsService;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import reactor.core.publisher.Mono;

/** The shared resource server against Boot's own security auto-configuration, with and without a service's beans. */
@ExtendWith(OutputCaptureExtension.class)
class ResourceServerConfigurationTests {

    final ReactiveWebApplicationContextRunner runner = new ReactiveWebApplicationContextRunner()
            .withConfiguration(
                    AutoConfigurations.of(ResourceServerConfiguration.class, ProblemDetailsConfiguration.class))
            .withConfiguration(AutoConfigurations.of(
                    CodecsAutoConfiguration.class,
                    WebFluxAutoConfiguration.class,
                    ReactiveUserDetailsServiceAutoConfiguration.class,
                    ReactiveWebSecurityAutoConfiguration.class,
                    ReactiveOAuth2ResourceServerAutoConfiguration.class));

    @Test
    void bootCreatesNoDefaultUserAndLogsNoGeneratedPassword(CapturedOutput output) {
        // a user name in the configuration would make Boot create that user, unless a token decoder exists
        runner.withPropertyValues("spring.security.user.name=operator").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(ReactiveUserDetailsService.class);
            assertThat(context).hasSingleBean(ReactiveJwtDecoder.class);
            assertThat(context.getBeanNamesForType(SecurityWebFilterChain.class))
                    .containsExactly("resourceServerFilterChain");
        });
        assertThat(output).doesNotContain("generated security password");
    }

    @Test
    void aServicesOwnDecoderIsUsedInstead() {
        ReactiveJwtDecoder own = token -> Mono.empty();

        runner.withBean("ownDecoder", ReactiveJwtDecoder.class, () -> own)
                .run(context ->
                        assertThat(context.getBean(ReactiveJwtDecoder.class)).isSameAs(own));
    }

    @Test
    void aServicesOwnFilterChainReplacesTheSharedOne() {
        runner.withUserConfiguration(OwnChain.class).run(context -> {
            assertThat(context.getBeanNamesForType(SecurityWebFilterChain.class))
                    .containsExactly("ownChain");
            assertThat(context).hasSingleBean(ReactiveJwtDecoder.class);
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnChain {

        @Bean
        SecurityWebFilterChain ownChain(ServerHttpSecurity http) {
            return http.authorizeExchange(exchanges -> exchanges.anyExchange().permitAll())
                    .build();
        }
    }
}

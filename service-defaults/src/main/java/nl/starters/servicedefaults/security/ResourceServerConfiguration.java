package nl.starters.servicedefaults.security;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import nl.starters.servicedefaults.problems.ProblemResponses;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Every service is an OAuth2 resource server for member-service's access tokens: RS256 only, signed
 * by a key of the published JWKS, this issuer and audience, not expired. Stateless: no session, no
 * CSRF (the gateway holds the browser session and checks CSRF there). A service adds its rules as an
 * {@link AuthorizationRules} bean; whatever no rule names needs a signed-in member.
 */
@AutoConfiguration(
        beforeName = {
            "org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.actuate.web.reactive.ReactiveManagementWebSecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.ReactiveUserDetailsServiceAutoConfiguration",
            "org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.ReactiveOAuth2ResourceServerAutoConfiguration"
        })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@EnableConfigurationProperties(SecurityProperties.class)
@EnableWebFluxSecurity
public class ResourceServerConfiguration {

    /** Paths open to anybody on every service: probes and API docs (actuator sits on the management port). */
    public static final String[] PUBLIC_PATHS = {"/livez", "/readyz", "/v3/api-docs", "/v3/api-docs/**", "/actuator/**"
    };

    @Bean
    @ConditionalOnMissingBean
    ReactiveJwtDecoder jwtDecoder(SecurityProperties properties, ObjectProvider<Clock> clock) {
        return decoder(RemoteJwkSet.of(properties.jwksUri(), clock.getIfAvailable(Clock::systemUTC)), properties);
    }

    /**
     * RS256 only (so no {@code none} and no HMAC keyed with the public key), a key of the set, then
     * {@link #tokenValidator}. Keys out of reach become a {@link JwtException} that is no
     * {@link BadJwtException}: the failure handler answers 503 instead of blaming the token.
     */
    public static ReactiveJwtDecoder decoder(Function<SignedJWT, Flux<JWK>> keys, SecurityProperties properties) {
        NimbusReactiveJwtDecoder nimbus = NimbusReactiveJwtDecoder.withJwkSource(keys)
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        nimbus.setJwtValidator(tokenValidator(properties));
        return token -> nimbus.decode(token)
                .onErrorMap(
                        IllegalStateException.class,
                        error -> new JwtException("The signing keys could not be fetched", error));
    }

    /**
     * Issuer, audience, an expiry that must be present and not passed (a minute of clock skew), a
     * {@code typ} of JWT when there is one, and a subject that is a member id.
     */
    public static OAuth2TokenValidator<Jwt> tokenValidator(SecurityProperties properties) {
        var expiry = new JwtTimestampValidator();
        expiry.setAllowEmptyExpiryClaim(false);
        return JwtValidators.createDefaultWithValidators(List.of(
                expiry,
                new JwtIssuerValidator(properties.issuer()),
                new JwtClaimValidator<List<String>>(
                        JwtClaimNames.AUD, audience -> audience != null && audience.contains(properties.audience())),
                new JwtClaimValidator<String>(JwtClaimNames.SUB, ResourceServerConfiguration::isMemberId)));
    }

    private static boolean isMemberId(String subject) {
        try {
            return subject != null && UUID.fromString(subject).toString().equalsIgnoreCase(subject);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The {@code roles} claim becomes {@code ROLE_*} authorities. */
    @Bean
    @ConditionalOnMissingBean
    Converter<Jwt, Mono<AbstractAuthenticationToken>> jwtAuthenticationConverter() {
        var authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName(CommunityClaims.ROLES);
        authorities.setAuthorityPrefix("ROLE_");
        var converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return new ReactiveJwtAuthenticationConverterAdapter(converter);
    }

    @Bean
    @ConditionalOnMissingBean
    ProblemSecurityResponses problemSecurityResponses(ProblemResponses problems) {
        return new ProblemSecurityResponses(problems);
    }

    @Bean
    @ConditionalOnMissingBean
    SecurityWebFilterChain resourceServerFilterChain(
            ServerHttpSecurity http,
            ObjectProvider<AuthorizationRules> rules,
            ReactiveJwtDecoder decoder,
            Converter<Jwt, Mono<AbstractAuthenticationToken>> authentication,
            ProblemSecurityResponses problems) {
        return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .authorizeExchange(exchanges -> {
                    exchanges.pathMatchers(PUBLIC_PATHS).permitAll();
                    rules.orderedStream().forEach(rule -> rule.apply(exchanges));
                    exchanges.anyExchange().authenticated();
                })
                .oauth2ResourceServer(
                        server -> server.jwt(jwt -> jwt.jwtDecoder(decoder).jwtAuthenticationConverter(authentication))
                                .authenticationEntryPoint(problems)
                                .authenticationFailureHandler(problems)
                                .accessDeniedHandler(problems))
                .exceptionHandling(
                        handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .build();
    }
}

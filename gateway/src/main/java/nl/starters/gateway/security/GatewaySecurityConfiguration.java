package nl.starters.gateway.security;

import java.time.Clock;
import nl.starters.gateway.ratelimit.RateLimitProperties;
import nl.starters.gateway.ratelimit.RequestRateLimitFilter;
import nl.starters.gateway.session.SessionCookie;
import nl.starters.gateway.session.Sessions;
import nl.starters.gateway.sso.SsoLogin;
import nl.starters.servicedefaults.problems.ProblemResponses;
import nl.starters.servicedefaults.security.ProblemSecurityResponses;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import reactor.core.publisher.Mono;

/**
 * The gateway's own filter chain (the services' shared one steps back): it authenticates by bearer
 * token or session cookie and lets everything through except {@code GET /api/me} (the services behind
 * it decide), checks CSRF for browser requests, counts requests, and sets the security headers on
 * every response.
 */
@Configuration(proxyBeanMethods = false)
class GatewaySecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; object-src 'none';"
            + " frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    @Bean
    SecurityWebFilterChain gatewayFilterChain(
            ServerHttpSecurity http,
            ReactiveJwtDecoder decoder,
            Converter<Jwt, Mono<AbstractAuthenticationToken>> authentication,
            ProblemSecurityResponses problems,
            ProblemResponses problemResponses,
            Sessions sessions,
            SessionCookie cookie,
            RateLimitProperties rateLimits,
            Clock clock,
            SsoLogin sso,
            ObjectProvider<ReactiveClientRegistrationRepository> registrations) {
        var xsrf = new XsrfCookieRepository();
        http.csrf(csrf -> csrf.csrfTokenRepository(xsrf)
                        .csrfTokenRequestHandler(new HeaderCsrfTokenHandler())
                        .requireCsrfProtectionMatcher(new CsrfRequirement(cookie))
                        .accessDeniedHandler(new CsrfDenied(xsrf, problemResponses)))
                .addFilterAfter(new XsrfCookieFilter(), SecurityWebFiltersOrder.CSRF)
                .addFilterBefore(new RequestRateLimitFilter(rateLimits, clock), SecurityWebFiltersOrder.AUTHORIZATION)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frames -> frames.mode(Mode.DENY)))
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(requests -> requests.requestCache(NoOpServerRequestCache.getInstance()))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(HttpMethod.GET, "/api/me")
                        .authenticated()
                        .anyExchange()
                        .permitAll())
                .oauth2ResourceServer(
                        server -> server.bearerTokenConverter(new SessionOrBearerAuthentication(sessions, cookie))
                                .jwt(jwt -> jwt.jwtDecoder(decoder).jwtAuthenticationConverter(authentication))
                                .authenticationEntryPoint(problems)
                                // signing keys out of reach: 503 rather than blaming the token
                                .authenticationFailureHandler(problems)
                                .accessDeniedHandler(problems))
                .exceptionHandling(
                        handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        registrations.ifAvailable(clients -> sso.configure(http, clients));
        return http.build();
    }
}

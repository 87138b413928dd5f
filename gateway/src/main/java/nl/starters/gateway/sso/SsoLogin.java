package nl.starters.gateway.sso;

import java.net.URI;
import nl.starters.gateway.session.SessionCookie;
import nl.starters.gateway.session.Sessions;
import nl.starters.gateway.tokens.MemberServiceClient;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationFailureHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Single sign-on with a bank's OpenID Connect provider, on when {@code
 * spring.security.oauth2.client.registration.*} names one: {@code /oauth2/authorization/{id}} starts
 * it, {@code /login/oauth2/code/{id}} finishes it. Nothing of it lives in a WebSession.
 */
@Component
public class SsoLogin {

    private static final Log log = LogFactory.getLog(SsoLogin.class);

    private final LoginRequestStore loginRequests;
    private final FederatedLoginSuccess success;

    SsoLogin(LoginRequestStore loginRequests, MemberServiceClient members, Sessions sessions, SessionCookie cookie) {
        this.loginRequests = loginRequests;
        this.success = new FederatedLoginSuccess(members, sessions, cookie);
    }

    public void configure(ServerHttpSecurity http, ReactiveClientRegistrationRepository registrations) {
        log.info("Single sign-on is on: /oauth2/authorization/{registrationId}");
        http.oauth2Login(login -> login.clientRegistrationRepository(registrations)
                .authorizationRequestRepository(loginRequests)
                .authorizedClientRepository(new NoAuthorizedClients())
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .authenticationSuccessHandler(success)
                .authenticationFailureHandler(new RedirectServerAuthenticationFailureHandler(
                        URI.create("/?sso-error=provider").toString())));
    }
}

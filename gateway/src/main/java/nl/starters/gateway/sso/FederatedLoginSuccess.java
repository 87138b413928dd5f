package nl.starters.gateway.sso;

import java.net.URI;
import nl.starters.gateway.session.SessionCookie;
import nl.starters.gateway.session.Sessions;
import nl.starters.gateway.session.StartedSession;
import nl.starters.gateway.tokens.MemberServiceClient;
import nl.starters.gateway.tokens.MemberServiceRefused;
import nl.starters.gateway.tokens.MemberServiceUnavailable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.server.DefaultServerRedirectStrategy;
import org.springframework.security.web.server.ServerRedirectStrategy;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.ServerAuthenticationSuccessHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The bank vouched for the browser (a verified ID token). A browser already signed in links that bank
 * login to its member; otherwise member-service finds (or creates) the member linked to it. Either way
 * the browser gets a session under a new id and lands on {@code /}; a refusal lands on
 * {@code /?sso-error=<reason>}.
 */
final class FederatedLoginSuccess implements ServerAuthenticationSuccessHandler {

    private final ServerRedirectStrategy redirects = new DefaultServerRedirectStrategy();
    private final MemberServiceClient members;
    private final Sessions sessions;
    private final SessionCookie cookie;

    FederatedLoginSuccess(MemberServiceClient members, Sessions sessions, SessionCookie cookie) {
        this.members = members;
        this.sessions = sessions;
        this.cookie = cookie;
    }

    @Override
    public Mono<Void> onAuthenticationSuccess(WebFilterExchange filterExchange, Authentication authentication) {
        var exchange = filterExchange.getExchange();
        if (!(authentication.getPrincipal() instanceof OidcUser user)) {
            return redirect(exchange, "/?sso-error=not-openid-connect");
        }
        String idToken = user.getIdToken().getTokenValue();
        var current = cookie.read(exchange.getRequest());
        return Mono.justOrEmpty(current)
                .flatMap(sessions::resolve)
                .flatMap(session -> members.link(session.accessToken(), idToken).then(sessions.rotate(session)))
                .switchIfEmpty(Mono.defer(() -> members.federated(idToken)
                        .flatMap(tokens -> sessions.start(tokens, current))
                        .map(StartedSession::id)))
                .flatMap(id -> {
                    cookie.write(exchange, id);
                    return redirect(exchange, "/");
                })
                .onErrorResume(
                        MemberServiceRefused.class, refused -> redirect(exchange, "/?sso-error=" + reason(refused)))
                .onErrorResume(MemberServiceUnavailable.class, down -> redirect(exchange, "/?sso-error=unavailable"));
    }

    private static String reason(MemberServiceRefused refused) {
        int status = refused.getStatusCode().value();
        if (status == HttpStatus.CONFLICT.value()) {
            return "account-conflict";
        }
        return status == HttpStatus.UNPROCESSABLE_CONTENT.value() ? "no-home-branch" : "refused";
    }

    private Mono<Void> redirect(ServerWebExchange exchange, String location) {
        return redirects.sendRedirect(exchange, URI.create(location));
    }
}

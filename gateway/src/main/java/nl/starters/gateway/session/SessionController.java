package nl.starters.gateway.session;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import nl.starters.gateway.docs.OpenApiConfiguration;
import nl.starters.gateway.tokens.Credentials;
import nl.starters.gateway.tokens.PasswordLogin;
import nl.starters.servicedefaults.security.OpenApiSecurity;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Log in, log out and "who am I" for browsers; the session cookie is all the browser holds. */
@RestController
class SessionController {

    private final PasswordLogin login;
    private final Sessions sessions;
    private final SessionCookie cookie;

    SessionController(PasswordLogin login, Sessions sessions, SessionCookie cookie) {
        this.login = login;
        this.sessions = sessions;
        this.cookie = cookie;
    }

    @PostMapping("/api/session")
    @Operation(summary = "Log in: sets a new session cookie (needs the X-XSRF-TOKEN header)")
    Mono<MeView> logIn(@Valid @RequestBody Credentials credentials, ServerWebExchange exchange) {
        return login.logIn(credentials, exchange.getRequest())
                .flatMap(tokens -> sessions.start(tokens, cookie.read(exchange.getRequest())))
                .map(started -> {
                    cookie.write(exchange, started.id());
                    return MeView.of(started.accessToken());
                });
    }

    @DeleteMapping("/api/session")
    @Operation(summary = "Log out: ends the session and revokes its refresh token; 204 even without one")
    Mono<ResponseEntity<Void>> logOut(ServerWebExchange exchange) {
        return Mono.justOrEmpty(cookie.read(exchange.getRequest()))
                .flatMap(sessions::end)
                .then(Mono.fromRunnable(() -> cookie.expire(exchange)))
                .thenReturn(ResponseEntity.noContent().build());
    }

    @GetMapping("/api/me")
    @Operation(
            summary = "The signed-in member",
            security = {
                @SecurityRequirement(name = OpenApiSecurity.BEARER_AUTH),
                @SecurityRequirement(name = OpenApiConfiguration.SESSION_COOKIE)
            })
    Mono<MeView> me(@AuthenticationPrincipal Jwt accessToken) {
        return Mono.just(MeView.of(accessToken));
    }
}

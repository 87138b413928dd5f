package nl.starters.gateway.tokens;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Access tokens for API clients: no session, no cookie, no CSRF token. */
@RestController
class TokenController {

    private static final Log log = LogFactory.getLog(TokenController.class);

    private final PasswordLogin login;
    private final MemberServiceClient members;

    TokenController(PasswordLogin login, MemberServiceClient members) {
        this.login = login;
        this.members = members;
    }

    /** The refresh token member-service issued along is revoked at once: an API client gets none. */
    @PostMapping("/api/token")
    @Operation(summary = "A bearer token for an API client (send it as Authorization: Bearer)")
    Mono<TokenView> token(@Valid @RequestBody Credentials credentials, ServerHttpRequest request) {
        return login.logIn(credentials, request)
                .flatMap(tokens -> members.logout(tokens.refreshToken())
                        .onErrorResume(error -> {
                            log.debug("Could not revoke an API client's refresh token: " + error);
                            return Mono.empty();
                        })
                        .thenReturn(new TokenView(tokens.accessToken(), "Bearer", tokens.expiresIn())));
    }
}

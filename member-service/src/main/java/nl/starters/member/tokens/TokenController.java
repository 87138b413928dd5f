package nl.starters.member.tokens;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.starters.member.accounts.Accounts;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@Tag(name = "internal", description = "Between the services of the federation; the gateway does not route these")
class TokenController {

    private final Accounts accounts;
    private final Tokens tokens;

    TokenController(Accounts accounts, Tokens tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    @Operation(summary = "Sign in with username and password: an access token and a refresh token")
    @PostMapping("/api/auth/token")
    Mono<TokenPair> token(@Valid @RequestBody Credentials credentials) {
        return accounts.authenticate(credentials.username(), credentials.password())
                .switchIfEmpty(Mono.error(BadCredentials::new))
                .flatMap(tokens::issueFor);
    }

    @Operation(summary = "The next token pair of a session; the refresh token given is spent")
    @PostMapping("/api/auth/refresh")
    Mono<TokenPair> refresh(@Valid @RequestBody RefreshRequest request) {
        return tokens.refresh(request.refreshToken());
    }

    @Operation(summary = "End the session of this refresh token (also for an unknown token)")
    @PostMapping("/api/auth/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> logout(@Valid @RequestBody RefreshRequest request) {
        return tokens.logout(request.refreshToken());
    }

    record Credentials(
            @NotBlank @Size(max = 254) String username,
            @NotBlank @Size(max = 128) String password) {}

    record RefreshRequest(@NotBlank @Size(max = 100) String refreshToken) {}
}

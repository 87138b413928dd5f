package nl.starters.member.federation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.starters.member.tokens.TokenPair;
import nl.starters.servicedefaults.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
class FederationController {

    private final FederationService federation;

    FederationController(FederationService federation) {
        this.federation = federation;
    }

    @Tag(name = "internal", description = "Between the services of the federation; the gateway does not route these")
    @Operation(
            summary = "Sign in with an ID token of a trusted bank login; the first sign-in opens an account"
                    + " (409 when the e-mail address has an account: link it from there)")
    @PostMapping("/api/auth/federated")
    Mono<TokenPair> signIn(@Valid @RequestBody IdTokenRequest request) {
        return federation.signIn(request.idToken());
    }

    @SecurityRequirement(name = "bearerAuth")
    @Operation(summary = "Link a bank login to the own account (409 when it is linked to another account)")
    @PostMapping("/api/members/me/identities")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<IdentityLink> link(@AuthenticationPrincipal Jwt token, @Valid @RequestBody IdTokenRequest request) {
        return federation.link(Caller.of(token).memberId(), request.idToken());
    }

    record IdTokenRequest(@NotBlank @Size(max = 16_384) String idToken) {}
}

package nl.starters.branch.moderation;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import nl.starters.servicedefaults.security.Caller;
import nl.starters.servicedefaults.security.OpenApiSecurity;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Members of this branch flag content for the moderators: 201 for a new flag, 200 with the flag as it
 * stands when the member had flagged it before.
 */
@RestController
class FlagController {

    private final Flags flags;

    FlagController(Flags flags) {
        this.flags = flags;
    }

    @PostMapping("/api/branches/{branch}/flags")
    @SecurityRequirement(name = OpenApiSecurity.BEARER_AUTH)
    Mono<ResponseEntity<FlagView>> flag(
            @PathVariable String branch, @Valid @RequestBody FlagRequest request, @AuthenticationPrincipal Jwt token) {
        return flags.flag(Caller.of(token), request)
                .map(flagged -> ResponseEntity.status(flagged.created() ? HttpStatus.CREATED : HttpStatus.OK)
                        .body(flagged.view()));
    }
}

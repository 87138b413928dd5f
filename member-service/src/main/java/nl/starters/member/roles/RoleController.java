package nl.starters.member.roles;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import java.util.UUID;
import nl.starters.member.accounts.PublicProfile;
import nl.starters.servicedefaults.security.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@SecurityRequirement(name = "bearerAuth")
class RoleController {

    private final RoleService roles;

    RoleController(RoleService roles) {
        this.roles = roles;
    }

    @Operation(
            summary = "Set a member's roles (ADMIN): appointing STAFF of a branch makes it their home branch;"
                    + " ends the member's sessions")
    @PutMapping("/api/members/{id}/roles")
    Mono<PublicProfile> assign(
            @AuthenticationPrincipal Jwt token, @PathVariable UUID id, @Valid @RequestBody RoleAssignment assignment) {
        return roles.assign(Caller.of(token), id, assignment).map(PublicProfile::of);
    }
}

package nl.starters.branch.members;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.util.UUID;
import nl.starters.servicedefaults.security.OpenApiSecurity;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

@RestController
class MemberCardController {

    private final MemberCopyRepository members;

    MemberCardController(MemberCopyRepository members) {
        this.members = members;
    }

    /** How this branch shows a member (for author chips); known once their members.v1 event arrived. */
    @GetMapping("/api/branches/{branch}/members/{id}")
    @SecurityRequirement(name = OpenApiSecurity.BEARER_AUTH)
    Mono<MemberCard> card(@PathVariable String branch, @PathVariable UUID id) {
        return members.findCard(id)
                .switchIfEmpty(Mono.error(
                        new ResponseStatusException(HttpStatus.NOT_FOUND, "This branch knows no member " + id + ".")));
    }
}

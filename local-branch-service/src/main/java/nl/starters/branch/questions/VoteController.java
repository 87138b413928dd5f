package nl.starters.branch.questions;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.util.UUID;
import nl.starters.servicedefaults.security.OpenApiSecurity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** "Me too" on a local question, by members of this branch; both directions are idempotent. */
@RestController
@RequestMapping("/api/branches/{branch}/questions/{questionId}/votes")
@SecurityRequirement(name = OpenApiSecurity.BEARER_AUTH)
class VoteController {

    private final Votes votes;

    VoteController(Votes votes) {
        this.votes = votes;
    }

    /** 200 with the count; a second vote by the same member changes nothing. */
    @PostMapping
    Mono<VoteView> vote(
            @PathVariable String branch, @PathVariable UUID questionId, @AuthenticationPrincipal Jwt token) {
        return votes.vote(Viewer.of(token, branch), questionId);
    }

    /** 200 with the count; taking back a vote that is not there changes nothing. */
    @DeleteMapping
    Mono<VoteView> withdraw(
            @PathVariable String branch, @PathVariable UUID questionId, @AuthenticationPrincipal Jwt token) {
        return votes.withdraw(Viewer.of(token, branch), questionId);
    }
}

package nl.starters.branch.moderation;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import java.util.UUID;
import nl.starters.servicedefaults.security.Caller;
import nl.starters.servicedefaults.security.OpenApiSecurity;
import nl.starters.servicedefaults.web.PageRequest;
import nl.starters.servicedefaults.web.PageView;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The branch staff's moderation queue: hidden content oldest first ({@code ?state=HIDDEN}, the default),
 * or the decisions taken ({@code REMOVED}, {@code VISIBLE} for restored), and the two decisions.
 */
@RestController
@RequestMapping("/api/branches/{branch}/moderation")
@SecurityRequirement(name = OpenApiSecurity.BEARER_AUTH)
class ModerationController {

    private final ModerationQueue queue;
    private final ModerationDecisions decisions;

    ModerationController(ModerationQueue queue, ModerationDecisions decisions) {
        this.queue = queue;
        this.decisions = decisions;
    }

    @GetMapping
    Mono<PageView<ModerationItem>> queue(
            @PathVariable String branch,
            @RequestParam(defaultValue = "HIDDEN") ModerationState state,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return queue.page(state, PageRequest.of(page, size));
    }

    @PostMapping("/{kind}/{id}/restore")
    Mono<ModerationItem> restore(
            @PathVariable String branch,
            @PathVariable String kind,
            @PathVariable UUID id,
            @Valid @RequestBody(required = false) DecisionRequest request,
            @AuthenticationPrincipal Jwt token) {
        DecisionRequest decision = request == null ? DecisionRequest.NONE : request;
        return decisions.restore(Caller.of(token).memberId(), kind, id, decision.given());
    }

    @PostMapping("/{kind}/{id}/remove")
    Mono<ModerationItem> remove(
            @PathVariable String branch,
            @PathVariable String kind,
            @PathVariable UUID id,
            @Valid @RequestBody DecisionRequest request,
            @AuthenticationPrincipal Jwt token) {
        return decisions.remove(Caller.of(token).memberId(), kind, id, request.given());
    }
}

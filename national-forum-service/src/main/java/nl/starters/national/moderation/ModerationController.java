package nl.starters.national.moderation;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import java.util.UUID;
import nl.starters.servicedefaults.security.Caller;
import nl.starters.servicedefaults.security.OpenApiSecurity;
import nl.starters.servicedefaults.web.PageRequest;
import nl.starters.servicedefaults.web.PageView;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Flags by members; the queue and the decisions by coordinators (see {@link ModerationAccessRules}). */
@RestController
@SecurityRequirement(name = OpenApiSecurity.BEARER_AUTH)
class ModerationController {

    private final Flags flags;
    private final ModerationQueue queue;
    private final Decisions decisions;

    ModerationController(Flags flags, ModerationQueue queue, Decisions decisions) {
        this.flags = flags;
        this.queue = queue;
        this.decisions = decisions;
    }

    /** 201 for a new flag, 200 with the same flag when the member flagged this before. */
    @PostMapping("/api/national/flags")
    Mono<ResponseEntity<FlagView>> flag(@Valid @RequestBody FlagRequest request, @AuthenticationPrincipal Jwt token) {
        return flags.flag(Caller.of(token), request)
                .map(flagged -> ResponseEntity.status(flagged.created() ? HttpStatus.CREATED : HttpStatus.OK)
                        .body(flagged.view()));
    }

    @GetMapping("/api/national/moderation")
    Mono<PageView<ModerationItem>> queue(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return queue.page(PageRequest.of(page, size));
    }

    @PostMapping("/api/national/moderation/{kind}/{id}/restore")
    Mono<Decisions.Decision> restore(
            @PathVariable String kind,
            @PathVariable UUID id,
            @Valid @RequestBody(required = false) DecisionRequest request,
            @AuthenticationPrincipal Jwt token) {
        return decisions.decide(Caller.of(token), kind, id, true, request == null ? null : request.given());
    }

    @PostMapping("/api/national/moderation/{kind}/{id}/remove")
    Mono<Decisions.Decision> remove(
            @PathVariable String kind,
            @PathVariable UUID id,
            @Valid @RequestBody(required = false) DecisionRequest request,
            @AuthenticationPrincipal Jwt token) {
        return decisions.decide(Caller.of(token), kind, id, false, request == null ? null : request.given());
    }
}

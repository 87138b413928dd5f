package nl.starters.branch.connections;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import nl.starters.servicedefaults.security.Caller;
import nl.starters.servicedefaults.security.OpenApiSecurity;
import nl.starters.servicedefaults.web.PageRequest;
import nl.starters.servicedefaults.web.PageView;
import org.springframework.http.ResponseEntity;
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

/** The caller's connections in this branch: requests they sent or received, and whom they are connected to. */
@RestController
@RequestMapping("/api/branches/{branch}/connections")
@SecurityRequirement(name = OpenApiSecurity.BEARER_AUTH)
class ConnectionController {

    private final ConnectionService service;
    private final ConnectionQueries queries;

    ConnectionController(ConnectionService service, ConnectionQueries queries) {
        this.service = service;
        this.queries = queries;
    }

    @GetMapping
    Mono<PageView<ConnectionView>> mine(
            @PathVariable String branch,
            @Parameter(description = "PENDING, ACCEPTED or DECLINED; default: pending and accepted")
                    @RequestParam(required = false)
                    String state,
            @Parameter(description = "INCOMING or OUTGOING; default both") @RequestParam(required = false)
                    String direction,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @AuthenticationPrincipal Jwt token) {
        return queries.of(
                Caller.of(token).memberId(),
                ConnectionQueries.states(state),
                ConnectionQueries.direction(direction),
                PageRequest.of(page, size));
    }

    /** One connection, for either of its two members only (a notification links here). */
    @GetMapping("/{id}")
    Mono<ConnectionView> one(@PathVariable String branch, @PathVariable UUID id, @AuthenticationPrincipal Jwt token) {
        return queries.view(Caller.of(token).memberId(), id);
    }

    /** 201 with a new request; 200 with the pair's existing connection when there is one, whoever asked. */
    @PostMapping
    Mono<ResponseEntity<ConnectionView>> request(
            @PathVariable String branch,
            @Valid @RequestBody RequestConnection request,
            @AuthenticationPrincipal Jwt token) {
        UUID me = Caller.of(token).memberId();
        return service.request(me, request)
                .flatMap(requested -> queries.view(me, requested.id())
                        .map(view -> requested.created()
                                ? ResponseEntity.created(
                                                URI.create("/api/branches/" + branch + "/connections/" + view.id()))
                                        .body(view)
                                : ResponseEntity.ok(view)));
    }

    @PostMapping("/{id}/accept")
    Mono<ConnectionView> accept(
            @PathVariable String branch, @PathVariable UUID id, @AuthenticationPrincipal Jwt token) {
        UUID me = Caller.of(token).memberId();
        return service.accept(me, id).then(queries.view(me, id));
    }

    @PostMapping("/{id}/decline")
    Mono<ConnectionView> decline(
            @PathVariable String branch, @PathVariable UUID id, @AuthenticationPrincipal Jwt token) {
        UUID me = Caller.of(token).memberId();
        return service.decline(me, id).then(queries.view(me, id));
    }
}

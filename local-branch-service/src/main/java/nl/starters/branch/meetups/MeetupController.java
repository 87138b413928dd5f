package nl.starters.branch.meetups;

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
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Local meetups: staff organise and change them, members of the branch RSVP. */
@RestController
@RequestMapping("/api/branches/{branch}/meetups")
@SecurityRequirement(name = OpenApiSecurity.BEARER_AUTH)
class MeetupController {

    private final MeetupService meetups;
    private final RsvpService rsvps;
    private final MeetupQueries queries;

    MeetupController(MeetupService meetups, RsvpService rsvps, MeetupQueries queries) {
        this.meetups = meetups;
        this.rsvps = rsvps;
        this.queries = queries;
    }

    @GetMapping
    Mono<PageView<MeetupView>> list(
            @PathVariable String branch,
            @Parameter(description = "past meetups, most recent first; default: upcoming ones, soonest first")
                    @RequestParam(defaultValue = "false")
                    boolean past,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @AuthenticationPrincipal Jwt token) {
        return queries.page(Caller.of(token), past, PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    Mono<MeetupView> one(@PathVariable String branch, @PathVariable UUID id, @AuthenticationPrincipal Jwt token) {
        return queries.one(Caller.of(token), id);
    }

    @PostMapping
    Mono<ResponseEntity<MeetupView>> organise(
            @PathVariable String branch, @Valid @RequestBody WriteMeetup request, @AuthenticationPrincipal Jwt token) {
        Caller caller = Caller.of(token);
        return meetups.organise(caller.memberId(), request)
                .flatMap(id -> queries.one(caller, id))
                .map(view -> ResponseEntity.created(location(branch, view.id())).body(view));
    }

    /** A change: everyone going or waiting is told what changed. */
    @PutMapping("/{id}")
    Mono<MeetupView> change(
            @PathVariable String branch,
            @PathVariable UUID id,
            @Valid @RequestBody WriteMeetup request,
            @AuthenticationPrincipal Jwt token) {
        Caller caller = Caller.of(token);
        return meetups.change(caller.memberId(), id, request).then(queries.one(caller, id));
    }

    /** 201 with a new RSVP (going, or on the waiting list when full); 200 and nothing changed when the caller had one. */
    @PostMapping("/{id}/rsvp")
    Mono<ResponseEntity<MeetupView>> rsvp(
            @PathVariable String branch, @PathVariable UUID id, @AuthenticationPrincipal Jwt token) {
        Caller caller = Caller.of(token);
        return rsvps.rsvp(caller.memberId(), id)
                .flatMap(created -> queries.one(caller, id)
                        .map(view -> created
                                ? ResponseEntity.created(URI.create(location(branch, id) + "/rsvp"))
                                        .body(view)
                                : ResponseEntity.ok(view)));
    }

    /** Cancels the caller's RSVP (nothing to cancel is fine); the first member waiting moves up. */
    @DeleteMapping("/{id}/rsvp")
    Mono<MeetupView> cancel(@PathVariable String branch, @PathVariable UUID id, @AuthenticationPrincipal Jwt token) {
        Caller caller = Caller.of(token);
        return rsvps.cancel(caller.memberId(), id).then(queries.one(caller, id));
    }

    private static URI location(String branch, UUID id) {
        return URI.create("/api/branches/" + branch + "/meetups/" + id);
    }
}

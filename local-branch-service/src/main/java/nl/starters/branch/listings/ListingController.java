package nl.starters.branch.listings;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/** The branch's offers and requests board: what members offer and look for, newest first. */
@RestController
@RequestMapping("/api/branches/{branch}/listings")
@SecurityRequirement(name = OpenApiSecurity.BEARER_AUTH)
class ListingController {

    private final ListingService listings;
    private final Clock clock;

    ListingController(ListingService listings, Clock clock) {
        this.listings = listings;
        this.clock = clock;
    }

    @GetMapping
    Mono<PageView<ListingView>> board(
            @PathVariable String branch,
            @Parameter(description = "OFFER or REQUEST; default both") @RequestParam(required = false) String type,
            @Parameter(description = "only this sector (case does not matter)") @RequestParam(required = false)
                    String sector,
            @Parameter(description = "only the caller's own listings, expired ones included")
                    @RequestParam(defaultValue = "false")
                    boolean mine,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @AuthenticationPrincipal Jwt token) {
        Caller caller = Caller.of(token);
        var filter = new ListingFilter(
                type(type),
                sector == null || sector.isBlank() ? null : sector,
                mine ? caller.memberId() : null,
                clock.instant());
        return listings.board(caller, filter, PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    Mono<ListingView> one(@PathVariable String branch, @PathVariable UUID id, @AuthenticationPrincipal Jwt token) {
        return listings.one(Caller.of(token), id);
    }

    @PostMapping
    Mono<ResponseEntity<ListingView>> post(
            @PathVariable String branch, @Valid @RequestBody PostListing request, @AuthenticationPrincipal Jwt token) {
        return listings.post(Caller.of(token), request)
                .map(view -> ResponseEntity.created(URI.create("/api/branches/" + branch + "/listings/" + view.id()))
                        .body(view));
    }

    private static ListingType type(String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        try {
            return ListingType.valueOf(type.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "type must be one of " + List.of(ListingType.values()) + ", was '" + type + "'.");
        }
    }
}

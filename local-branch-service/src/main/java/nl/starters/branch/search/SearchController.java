package nl.starters.branch.search;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import nl.starters.servicedefaults.security.Caller;
import nl.starters.servicedefaults.security.OpenApiSecurity;
import nl.starters.servicedefaults.web.PageRequest;
import nl.starters.servicedefaults.web.PageView;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/** Searching the branch: signed-in members, since questions are members-only reading. */
@RestController
class SearchController {

    static final int MAX_QUERY = 200;

    private final Search search;

    SearchController(Search search) {
        this.search = search;
    }

    /** Best first; {@code q} in web-search syntax, Dutch words matched on their stem. */
    @GetMapping("/api/branches/{branch}/search")
    @SecurityRequirement(name = OpenApiSecurity.BEARER_AUTH)
    Mono<PageView<SearchHit>> search(
            @PathVariable String branch,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @AuthenticationPrincipal Jwt token) {
        if (q == null || q.isBlank() || q.length() > MAX_QUERY) {
            return Mono.error(new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "q: say what to search for, in 1 to " + MAX_QUERY + " characters"));
        }
        return search.find(q.strip(), Caller.of(token).isStaffOf(branch), PageRequest.of(page, size));
    }
}

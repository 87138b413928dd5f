package nl.starters.branch.blog;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import nl.starters.branch.support.BranchProperties;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/branches/{branch}/posts")
class PostController {

    private final PostService posts;
    private final String branch;

    PostController(PostService posts, BranchProperties branch) {
        this.posts = posts;
        this.branch = branch.id();
    }

    /**
     * The branch feed, newest first; public, so starters still orienting can read without an account.
     * {@code drafts=true} lists the drafts instead (staff of this branch only).
     */
    @GetMapping
    Mono<PageView<PostSummary>> feed(
            @PathVariable String branch,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String tag,
            @Parameter(description = "staff of this branch: list the drafts instead of the published posts")
                    @RequestParam(defaultValue = "false")
                    boolean drafts,
            @AuthenticationPrincipal Jwt token) {
        return posts.feed(Reader.of(token, this.branch), drafts, tag, PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    Mono<PostView> post(@PathVariable String branch, @PathVariable UUID id, @AuthenticationPrincipal Jwt token) {
        return posts.view(Reader.of(token, this.branch), id);
    }

    /** Staff of this branch write posts; {@code draft: true} keeps it to staff until published. */
    @PostMapping
    @SecurityRequirement(name = OpenApiSecurity.BEARER_AUTH)
    Mono<ResponseEntity<PostView>> write(
            @PathVariable String branch,
            @Valid @RequestBody WritePostRequest request,
            @AuthenticationPrincipal Jwt token) {
        return posts.create(Caller.of(token), request)
                .map(post -> ResponseEntity.created(URI.create("/api/branches/" + this.branch + "/posts/" + post.id()))
                        .body(post));
    }

    /** Staff of this branch edit a post (shown as edited once published) or publish a draft. */
    @PutMapping("/{id}")
    @SecurityRequirement(name = OpenApiSecurity.BEARER_AUTH)
    Mono<PostView> edit(
            @PathVariable String branch,
            @PathVariable UUID id,
            @Valid @RequestBody WritePostRequest request,
            @AuthenticationPrincipal Jwt token) {
        return posts.edit(Caller.of(token), id, request);
    }
}

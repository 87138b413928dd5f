package nl.starters.branch.blog;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import nl.starters.branch.support.BranchProperties;
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

/** A post's comment thread: members of this branch write, signed-in members read (oldest first). */
@RestController
@RequestMapping("/api/branches/{branch}/posts/{postId}/comments")
@SecurityRequirement(name = OpenApiSecurity.BEARER_AUTH)
class CommentController {

    private final CommentService comments;
    private final String branch;

    CommentController(CommentService comments, BranchProperties branch) {
        this.comments = comments;
        this.branch = branch.id();
    }

    @GetMapping
    Mono<PageView<CommentView>> thread(
            @PathVariable String branch,
            @PathVariable UUID postId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @AuthenticationPrincipal Jwt token) {
        return comments.thread(Reader.of(token, this.branch), postId, PageRequest.of(page, size));
    }

    @PostMapping
    Mono<ResponseEntity<CommentView>> comment(
            @PathVariable String branch,
            @PathVariable UUID postId,
            @Valid @RequestBody WriteCommentRequest request,
            @AuthenticationPrincipal Jwt token) {
        return comments.add(Reader.of(token, this.branch), postId, request)
                .map(comment -> ResponseEntity.created(URI.create(
                                "/api/branches/" + this.branch + "/posts/" + postId + "/comments/" + comment.id()))
                        .body(comment));
    }
}

package nl.starters.branch.questions;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
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

/** Local questions: read by any signed-in member, asked and edited by members of this branch. */
@RestController
@RequestMapping("/api/branches/{branch}/questions")
@SecurityRequirement(name = OpenApiSecurity.BEARER_AUTH)
class QuestionController {

    private final QuestionService service;
    private final QuestionReads reads;
    private final QuestionList list;

    QuestionController(QuestionService service, QuestionReads reads, QuestionList list) {
        this.service = service;
        this.reads = reads;
        this.list = list;
    }

    /** Newest first; {@code filter=unanswered|mine} and {@code tag=} narrow it down. */
    @GetMapping
    Mono<PageView<QuestionSummary>> list(
            @PathVariable String branch,
            @RequestParam(required = false) String filter,
            @RequestParam(required = false) String tag,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @AuthenticationPrincipal Jwt token) {
        return list.page(
                QuestionFilter.of(filter), Tags.filter(tag), Viewer.of(token, branch), PageRequest.of(page, size));
    }

    @PostMapping
    Mono<ResponseEntity<QuestionView>> ask(
            @PathVariable String branch,
            @Valid @RequestBody QuestionRequest request,
            @AuthenticationPrincipal Jwt token) {
        Viewer asker = Viewer.of(token, branch);
        return service.ask(asker, request)
                .flatMap(id -> reads.view(id, asker))
                .map(view -> ResponseEntity.created(URI.create("/api/branches/" + branch + "/questions/" + view.id()))
                        .body(view));
    }

    @GetMapping("/{id}")
    Mono<QuestionView> question(
            @PathVariable String branch, @PathVariable UUID id, @AuthenticationPrincipal Jwt token) {
        return reads.view(id, Viewer.of(token, branch)).switchIfEmpty(Mono.error(new QuestionNotFound(id)));
    }

    /** Replaces title, body, tags and the consent to share (absent: withdrawn); the asker or staff only. */
    @PutMapping("/{id}")
    Mono<QuestionView> edit(
            @PathVariable String branch,
            @PathVariable UUID id,
            @Valid @RequestBody QuestionRequest request,
            @AuthenticationPrincipal Jwt token) {
        Viewer editor = Viewer.of(token, branch);
        return service.edit(editor, id, request).then(reads.view(id, editor));
    }
}

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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Answers to a local question, by members of this branch; accepting one is for the asker or staff. */
@RestController
@RequestMapping("/api/branches/{branch}/questions/{questionId}/answers")
@SecurityRequirement(name = OpenApiSecurity.BEARER_AUTH)
class AnswerController {

    private final AnswerService service;
    private final QuestionReads reads;

    AnswerController(AnswerService service, QuestionReads reads) {
        this.service = service;
        this.reads = reads;
    }

    /** Every answer a reader sees, paged (the question's view holds the first 100). */
    @GetMapping
    Mono<PageView<AnswerView>> answers(
            @PathVariable String branch,
            @PathVariable UUID questionId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @AuthenticationPrincipal Jwt token) {
        return reads.answers(questionId, Viewer.of(token, branch), PageRequest.of(page, size))
                .switchIfEmpty(Mono.error(new QuestionNotFound(questionId)));
    }

    /** 201 with the answer; its Location is the question, where answers are read. */
    @PostMapping
    Mono<ResponseEntity<AnswerView>> answer(
            @PathVariable String branch,
            @PathVariable UUID questionId,
            @Valid @RequestBody AnswerRequest request,
            @AuthenticationPrincipal Jwt token) {
        Viewer answerer = Viewer.of(token, branch);
        return service.answer(answerer, questionId, request)
                .flatMap(id -> reads.answer(questionId, id, answerer))
                .map(answer -> ResponseEntity.created(
                                URI.create("/api/branches/" + branch + "/questions/" + questionId))
                        .body(answer));
    }

    /** Idempotent; accepting another answer moves the acceptance. 200 with the question. */
    @PostMapping("/{answerId}/accept")
    Mono<QuestionView> accept(
            @PathVariable String branch,
            @PathVariable UUID questionId,
            @PathVariable UUID answerId,
            @AuthenticationPrincipal Jwt token) {
        Viewer accepter = Viewer.of(token, branch);
        return service.accept(accepter, questionId, answerId).then(reads.view(questionId, accepter));
    }
}

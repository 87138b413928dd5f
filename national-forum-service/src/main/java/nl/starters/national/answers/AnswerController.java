package nl.starters.national.answers;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import nl.starters.national.questions.AnswerView;
import nl.starters.national.questions.NationalQuestionView;
import nl.starters.national.questions.QuestionReads;
import nl.starters.servicedefaults.security.Caller;
import nl.starters.servicedefaults.security.OpenApiSecurity;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** National answers by members of any branch; accepting one is for the asker only. */
@RestController
@RequestMapping("/api/national/questions/{questionId}/answers")
@SecurityRequirement(name = OpenApiSecurity.BEARER_AUTH)
class AnswerController {

    private final AnswerService service;
    private final QuestionReads reads;

    AnswerController(AnswerService service, QuestionReads reads) {
        this.service = service;
        this.reads = reads;
    }

    /** 201 with the answer; its Location is the question, where answers are read. */
    @PostMapping
    Mono<ResponseEntity<AnswerView>> answer(
            @PathVariable UUID questionId,
            @Valid @RequestBody AnswerRequest request,
            @AuthenticationPrincipal Jwt token) {
        return service.answer(Caller.of(token), questionId, request.body())
                .flatMap(id -> reads.answer(questionId, id))
                .map(answer -> ResponseEntity.created(URI.create("/api/national/questions/" + questionId))
                        .body(answer));
    }

    /** Idempotent; accepting another answer moves the acceptance. 200 with the question. */
    @PostMapping("/{answerId}/accept")
    Mono<NationalQuestionView> accept(
            @PathVariable UUID questionId, @PathVariable UUID answerId, @AuthenticationPrincipal Jwt token) {
        return service.accept(Caller.of(token), questionId, answerId).then(reads.view(questionId));
    }
}

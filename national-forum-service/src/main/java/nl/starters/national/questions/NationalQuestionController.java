package nl.starters.national.questions;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import nl.starters.servicedefaults.security.OpenApiSecurity;
import nl.starters.servicedefaults.web.PageRequest;
import nl.starters.servicedefaults.web.PageView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
class NationalQuestionController {

    private final NationalQuestionRepository questions;

    NationalQuestionController(NationalQuestionRepository questions) {
        this.questions = questions;
    }

    /** Questions promoted from every region, newest first. */
    @GetMapping("/api/national/questions")
    @SecurityRequirement(name = OpenApiSecurity.BEARER_AUTH)
    Mono<PageView<NationalQuestionSummary>> list(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        PageRequest request = PageRequest.of(page, size);
        return Mono.zip(questions.findNewest(request).collectList(), questions.count())
                .map(result -> new PageView<>(result.getT1(), request.page(), request.size(), result.getT2()));
    }
}

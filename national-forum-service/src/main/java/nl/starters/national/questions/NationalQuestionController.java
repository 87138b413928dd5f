package nl.starters.national.questions;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.util.UUID;
import nl.starters.servicedefaults.security.OpenApiSecurity;
import nl.starters.servicedefaults.web.PageRequest;
import nl.starters.servicedefaults.web.PageView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@SecurityRequirement(name = OpenApiSecurity.BEARER_AUTH)
class NationalQuestionController {

    private final NationalQuestionRepository questions;
    private final QuestionReads reads;
    private final Regions regions;

    NationalQuestionController(NationalQuestionRepository questions, QuestionReads reads, Regions regions) {
        this.questions = questions;
        this.reads = reads;
        this.regions = regions;
    }

    /** Questions promoted from every region, newest first or trending; by region, branch or tag. */
    @GetMapping("/api/national/questions")
    Mono<PageView<NationalQuestionSummary>> list(
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String branch,
            @RequestParam(required = false) String tag,
            @RequestParam(required = false) String sort) {
        PageRequest request = PageRequest.of(page, size);
        QuestionFilter filter = QuestionFilter.of(regions.registry(), region, branch, tag, sort);
        return Mono.zip(
                        questions
                                .find(filter, request)
                                .map(row -> row.withRegion(regions::of))
                                .collectList(),
                        questions.count(filter))
                .map(result -> new PageView<>(result.getT1(), request.page(), request.size(), result.getT2()));
    }

    /** One national question with its answers; withdrawn, removed or hidden questions are 404. */
    @GetMapping("/api/national/questions/{id}")
    Mono<NationalQuestionView> view(@PathVariable UUID id) {
        return reads.view(id);
    }
}

package nl.starters.branch.promotion;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.util.UUID;
import nl.starters.branch.questions.QuestionReads;
import nl.starters.branch.questions.QuestionView;
import nl.starters.servicedefaults.security.Caller;
import nl.starters.servicedefaults.security.OpenApiSecurity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Staff share a consented question with the national forum; promoting it again changes nothing. */
@RestController
@SecurityRequirement(name = OpenApiSecurity.BEARER_AUTH)
class PromotionController {

    private final Promotions promotions;
    private final QuestionReads reads;

    PromotionController(Promotions promotions, QuestionReads reads) {
        this.promotions = promotions;
        this.reads = reads;
    }

    /** 200 with the question ({@code promoted: true}); 409 without the asker's consent or when moderated. */
    @PostMapping(PromotionAccessRules.PROMOTE)
    Mono<QuestionView> promote(@PathVariable String branch, @PathVariable UUID id, @AuthenticationPrincipal Jwt token) {
        return promotions
                .promote(id, Caller.of(token).memberId())
                .then(Mono.defer(() -> reads.view(id, token, branch)));
    }
}

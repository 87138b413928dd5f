package nl.starters.branch.replies;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import nl.starters.servicedefaults.security.OpenApiSecurity;
import nl.starters.servicedefaults.web.PageRequest;
import nl.starters.servicedefaults.web.PageView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Staff of this branch see what still waits for their first reply, oldest first, with its SLA state. */
@RestController
class InboxController {

    private final Inbox inbox;

    InboxController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/api/branches/{branch}/inbox")
    @SecurityRequirement(name = OpenApiSecurity.BEARER_AUTH)
    Mono<PageView<InboxItem>> waiting(
            @PathVariable String branch,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return inbox.waiting(PageRequest.of(page, size));
    }
}

package nl.starters.member.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import nl.starters.servicedefaults.web.PageRequest;
import nl.starters.servicedefaults.web.PageView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@SecurityRequirement(name = "bearerAuth")
class AuditController {

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @Operation(summary = "The audit log, newest first (ADMIN)")
    @GetMapping("/api/admin/audit")
    Mono<PageView<AuditEntry>> audit(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return Mono.fromCallable(() -> PageRequest.of(page, size)).flatMap(log::page);
    }
}

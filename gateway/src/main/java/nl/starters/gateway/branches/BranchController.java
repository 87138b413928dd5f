package nl.starters.gateway.branches;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import nl.starters.servicedefaults.branches.BranchRegistry;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The public branch list (registration needs it before anyone has logged in). */
@RestController
class BranchController {

    private final BranchRegistry registry;

    BranchController(BranchRegistry registry) {
        this.registry = registry;
    }

    /** Without {@code size} the whole registry comes back: it is configuration, so it is bounded. */
    @GetMapping("/api/branches")
    Mono<BranchPage> branches(
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(required = false) @Min(1) @Max(500) Integer size) {
        var all = registry.branches();
        int pageSize = size != null ? size : all.size();
        long from = Math.min((long) page * pageSize, all.size());
        long to = Math.min(from + pageSize, all.size());
        return Mono.just(new BranchPage(all.subList((int) from, (int) to), page, pageSize, all.size()));
    }
}

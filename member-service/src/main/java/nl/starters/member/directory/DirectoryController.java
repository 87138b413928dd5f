package nl.starters.member.directory;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.constraints.Size;
import nl.starters.member.accounts.Accounts;
import nl.starters.member.accounts.DirectoryQuery;
import nl.starters.member.accounts.PublicProfile;
import nl.starters.member.accounts.UnknownBranch;
import nl.starters.servicedefaults.branches.BranchRegistry;
import nl.starters.servicedefaults.web.PageRequest;
import nl.starters.servicedefaults.web.PageView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@SecurityRequirement(name = "bearerAuth")
class DirectoryController {

    private final Accounts accounts;
    private final BranchRegistry branches;

    DirectoryController(Accounts accounts, BranchRegistry branches) {
        this.accounts = accounts;
        this.branches = branches;
    }

    @Operation(summary = "The member directory: members who chose to be listed, by display name")
    @GetMapping("/api/members")
    Mono<PageView<PublicProfile>> directory(
            @Parameter(description = "only members of this home branch") @RequestParam(required = false) String branch,
            @Parameter(description = "text in the display name, sector, offers, looksFor or city")
                    @RequestParam(required = false)
                    @Size(max = 100)
                    String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        if (branch != null && !branch.isBlank() && branches.find(branch).isEmpty()) {
            return Mono.error(new UnknownBranch("branch", branch));
        }
        return Mono.fromCallable(() -> new DirectoryQuery(branch, q, PageRequest.of(page, size)))
                .flatMap(accounts::directory)
                .map(found -> found.map(PublicProfile::of));
    }
}

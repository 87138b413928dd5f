package nl.starters.branch.export;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.util.List;
import nl.starters.branch.support.BranchProperties;
import nl.starters.servicedefaults.export.ContentExport;
import nl.starters.servicedefaults.export.ExportPart;
import nl.starters.servicedefaults.security.Caller;
import nl.starters.servicedefaults.security.OpenApiSecurity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
class MemberExportController {

    private final List<ExportPart> parts;
    private final String service;

    MemberExportController(List<ExportPart> parts, BranchProperties branch) {
        this.parts = parts;
        this.service = "branch-" + branch.id();
    }

    /** Everything this branch holds on the caller, for member-service's GDPR export; only ever the caller's own. */
    @GetMapping("/api/branches/{branch}/members/me/export")
    @SecurityRequirement(name = OpenApiSecurity.BEARER_AUTH)
    Mono<ContentExport> export(@PathVariable String branch, @AuthenticationPrincipal Jwt token) {
        return ContentExport.collect(Caller.of(token).memberId(), service, parts);
    }
}

package nl.starters.national.export;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.util.List;
import nl.starters.servicedefaults.export.ContentExport;
import nl.starters.servicedefaults.export.ExportPart;
import nl.starters.servicedefaults.security.Caller;
import nl.starters.servicedefaults.security.OpenApiSecurity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
class MemberExportController {

    static final String SERVICE = "national-forum-service";

    private final List<ExportPart> parts;

    MemberExportController(List<ExportPart> parts) {
        this.parts = parts;
    }

    /** Everything the national forum holds on the caller, for member-service's GDPR export; only the caller's own. */
    @GetMapping("/api/national/members/me/export")
    @SecurityRequirement(name = OpenApiSecurity.BEARER_AUTH)
    Mono<ContentExport> export(@AuthenticationPrincipal Jwt token) {
        return ContentExport.collect(Caller.of(token).memberId(), SERVICE, parts);
    }
}

package nl.starters.member.privacy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import nl.starters.servicedefaults.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@SecurityRequirement(name = "bearerAuth")
class PrivacyController {

    private final ExportService exports;
    private final ErasureService erasures;

    PrivacyController(ExportService exports, ErasureService erasures) {
        this.exports = exports;
        this.erasures = erasures;
    }

    @Operation(
            summary = "Everything held on the caller: account, profile, bank logins, audit entries, and their"
                    + " content in the home branch and the national forum (503 when a part does not arrive)")
    @GetMapping("/api/members/me/export")
    Mono<MemberExport> export(@AuthenticationPrincipal Jwt token) {
        return exports.export(Caller.of(token));
    }

    @Operation(summary = "Erase the caller's account; every service then shows their content as a former member's")
    @DeleteMapping("/api/members/me")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> erase(@AuthenticationPrincipal Jwt token) {
        return erasures.erase(Caller.of(token).memberId());
    }
}

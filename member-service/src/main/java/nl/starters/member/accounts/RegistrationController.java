package nl.starters.member.accounts;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
class RegistrationController {

    private final RegistrationService registration;

    RegistrationController(RegistrationService registration) {
        this.registration = registration;
    }

    @Operation(summary = "Register (public): opens an account with the MEMBER role and announces it on members.v1")
    @PostMapping("/api/members")
    Mono<ResponseEntity<PublicProfile>> register(@Valid @RequestBody RegisterMemberRequest request) {
        return registration
                .register(request)
                .map(member -> ResponseEntity.created(URI.create("/api/members/" + member.id()))
                        .body(PublicProfile.of(member)));
    }
}

package nl.starters.member.profiles;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import java.util.UUID;
import nl.starters.member.accounts.Accounts;
import nl.starters.member.accounts.Accounts.Changed;
import nl.starters.member.accounts.PublicProfile;
import nl.starters.servicedefaults.security.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@SecurityRequirement(name = "bearerAuth")
class ProfileController {

    private final Accounts accounts;

    ProfileController(Accounts accounts) {
        this.accounts = accounts;
    }

    @Operation(summary = "A member's profile as others see it (display name, bank-employee badge)")
    @GetMapping("/api/members/{id}")
    Mono<PublicProfile> profile(@PathVariable UUID id) {
        return accounts.find(id).map(PublicProfile::of);
    }

    @Operation(summary = "The own account and profile, with the real name and the e-mail address")
    @GetMapping("/api/members/me")
    Mono<OwnProfile> me(@AuthenticationPrincipal Jwt token) {
        return accounts.find(Caller.of(token).memberId()).map(OwnProfile::of);
    }

    @Operation(
            summary = "Edit the own profile (merge: a field left out stays; \"\" clears an optional text);"
                    + " announces member.profile-changed.v1 when what others see changed")
    @PatchMapping("/api/members/me")
    Mono<OwnProfile> edit(@AuthenticationPrincipal Jwt token, @Valid @RequestBody ProfileChanges changes) {
        return accounts.change(Caller.of(token).memberId(), changes::applyTo)
                .map(Changed::after)
                .map(OwnProfile::of);
    }
}

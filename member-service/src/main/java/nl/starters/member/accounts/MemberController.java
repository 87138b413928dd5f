package nl.starters.member.accounts;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

@RestController
class MemberController {

    private final RegistrationService registration;
    private final MemberRepository members;

    MemberController(RegistrationService registration, MemberRepository members) {
        this.registration = registration;
        this.members = members;
    }

    @PostMapping("/api/members")
    Mono<ResponseEntity<MemberView>> register(@Valid @RequestBody RegisterMemberRequest request) {
        return registration
                .register(request)
                .map(member -> ResponseEntity.created(URI.create("/api/members/" + member.id()))
                        .body(MemberView.of(member)));
    }

    @GetMapping("/api/members/{id}")
    Mono<MemberView> profile(@PathVariable UUID id) {
        return members.findById(id)
                .map(MemberView::of)
                .switchIfEmpty(Mono.error(
                        new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no member " + id + ".")));
    }
}

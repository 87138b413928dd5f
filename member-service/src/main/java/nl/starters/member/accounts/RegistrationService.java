package nl.starters.member.accounts;

import java.time.Clock;
import java.util.List;
import nl.starters.servicedefaults.branches.BranchRegistry;
import nl.starters.servicedefaults.ids.Ids;
import nl.starters.servicedefaults.security.Roles;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Opens accounts with a password: hashes it off the event loop and announces the member on members.v1. */
@Service
public class RegistrationService {

    private final Accounts accounts;
    private final Passwords passwords;
    private final Clock clock;
    private final BranchRegistry branches;

    RegistrationService(Accounts accounts, Passwords passwords, Clock clock, BranchRegistry branches) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
        this.branches = branches;
    }

    Mono<Member> register(RegisterMemberRequest request) {
        if (branches.find(request.homeBranch()).isEmpty()) {
            return Mono.error(new UnknownBranch("homeBranch", request.homeBranch()));
        }
        return passwords
                .hash(request.password())
                .map(hash -> new Member(
                        Ids.newId(),
                        request.username(),
                        request.email(),
                        hash,
                        request.fullName(),
                        request.homeBranch(),
                        request.visibilityOrDefault(),
                        request.visibilityOrDefault() == Visibility.PSEUDONYM ? request.pseudonym() : null,
                        Boolean.TRUE.equals(request.listed()),
                        List.of(Roles.MEMBER),
                        BusinessProfile.EMPTY,
                        clock.instant()))
                .flatMap(accounts::open);
    }

    /**
     * Opens an account that skips the password rules (the demo accounts of the embedded default, whose
     * password is {@code demo}); never reachable from a request.
     */
    public Mono<Member> openWithoutPasswordRules(Member member, String password) {
        return passwords
                .hash(password)
                .map(hash -> new Member(
                        member.id(),
                        member.username(),
                        member.email(),
                        hash,
                        member.fullName(),
                        member.homeBranch(),
                        member.visibility(),
                        member.pseudonym(),
                        member.listed(),
                        member.roles(),
                        member.profile(),
                        member.createdAt()))
                .flatMap(accounts::open);
    }
}

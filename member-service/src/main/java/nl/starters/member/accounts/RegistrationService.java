package nl.starters.member.accounts;

import java.time.Clock;
import java.util.List;
import nl.starters.servicedefaults.branches.BranchRegistry;
import nl.starters.servicedefaults.ids.Ids;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Opens accounts: hashes the password off the event loop and announces the member on members.v1. */
@Service
public class RegistrationService {

    private final MemberRepository members;
    private final PasswordEncoder passwords;
    private final MemberEvents events;
    private final TransactionalOperator transaction;
    private final Clock clock;
    private final BranchRegistry branches;

    RegistrationService(
            MemberRepository members,
            PasswordEncoder passwords,
            MemberEvents events,
            TransactionalOperator transaction,
            Clock clock,
            BranchRegistry branches) {
        this.members = members;
        this.passwords = passwords;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
        this.branches = branches;
    }

    Mono<Member> register(RegisterMemberRequest request) {
        if (branches.find(request.homeBranch()).isEmpty()) {
            return Mono.error(new UnknownHomeBranch(request.homeBranch()));
        }
        return Mono.fromCallable(() -> passwords.encode(request.password()))
                .subscribeOn(Schedulers.boundedElastic())
                .map(hash -> newMember(request, hash))
                .flatMap(member -> members.insert(member)
                        .then(events.registered(member))
                        .as(transaction::transactional)
                        .thenReturn(member))
                .onErrorMap(DataIntegrityViolationException.class, UsernameOrEmailTaken::new);
    }

    private Member newMember(RegisterMemberRequest request, String passwordHash) {
        return new Member(
                Ids.newId(),
                request.username(),
                request.email(),
                passwordHash,
                request.fullName(),
                request.homeBranch(),
                request.visibilityOrDefault(),
                request.visibilityOrDefault() == Visibility.PSEUDONYM ? request.pseudonym() : null,
                Boolean.TRUE.equals(request.listed()),
                List.of("MEMBER"),
                clock.instant());
    }
}

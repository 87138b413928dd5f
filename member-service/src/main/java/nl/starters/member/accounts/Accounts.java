package nl.starters.member.accounts;

import java.time.Clock;
import java.util.UUID;
import java.util.function.UnaryOperator;
import nl.starters.servicedefaults.web.PageView;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * The member accounts as the other features use them: every change is written together with its
 * members.v1 event, in the caller's transaction when there is one.
 */
@Service
public class Accounts {

    private final MemberRepository members;
    private final DirectoryRepository directory;
    private final MemberEvents events;
    private final Passwords passwords;
    private final TransactionalOperator transaction;
    private final Clock clock;

    Accounts(
            MemberRepository members,
            DirectoryRepository directory,
            MemberEvents events,
            Passwords passwords,
            TransactionalOperator transaction,
            Clock clock) {
        this.members = members;
        this.directory = directory;
        this.events = events;
        this.passwords = passwords;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The member, or a 404 problem (also for an erased member). */
    public Mono<Member> find(UUID id) {
        return members.findById(id).switchIfEmpty(Mono.error(() -> new MemberNotFound(id)));
    }

    /** The member with these credentials; empty for an unknown username or a wrong password alike. */
    public Mono<Member> authenticate(String username, String password) {
        return members.findByUsername(username)
                .map(member -> new Candidate(member, member.passwordHash()))
                .defaultIfEmpty(new Candidate(null, null))
                .flatMap(candidate -> passwords
                        .matches(password, candidate.hash())
                        .filter(Boolean::booleanValue)
                        .mapNotNull(matched -> candidate.member()));
    }

    public Mono<Member> findByUsername(String username) {
        return members.findByUsername(username);
    }

    public Mono<Boolean> emailInUse(String email) {
        return members.emailInUse(email);
    }

    /** Opens an account and announces it; 409 when the username or e-mail address is taken. */
    public Mono<Member> open(Member member) {
        return members.insert(member, clock.instant())
                .then(events.registered(member))
                .as(transaction::transactional)
                .thenReturn(member)
                .onErrorMap(DataIntegrityViolationException.class, UsernameOrEmailTaken::new);
    }

    /** Changes an account under a row lock; announces the change when what others see of the member changed. */
    public Mono<Changed> change(UUID id, UnaryOperator<Member> change) {
        return members.lock(id)
                .switchIfEmpty(Mono.error(() -> new MemberNotFound(id)))
                .flatMap(before -> {
                    Member after = change.apply(before);
                    return members.update(after, clock.instant())
                            .then(events.changed(before, after))
                            .thenReturn(new Changed(before, after));
                })
                .as(transaction::transactional);
    }

    public Mono<PageView<Member>> directory(DirectoryQuery query) {
        return directory.search(query);
    }

    /** Forgets the account: only a tombstone (id, time) stays; the erasure is announced so others forget too. */
    public Mono<Void> erase(UUID id) {
        return members.lock(id)
                .switchIfEmpty(Mono.error(() -> new MemberNotFound(id)))
                .flatMap(member -> members.replaceByTombstone(id, clock.instant()))
                .then(events.erased(id))
                .as(transaction::transactional);
    }

    public Mono<Boolean> erased(UUID id) {
        return members.erased(id);
    }

    /** An account before and after a change. */
    public record Changed(Member before, Member after) {}

    private record Candidate(Member member, String hash) {}
}

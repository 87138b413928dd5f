package nl.starters.branch.moderation;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import nl.starters.branch.support.BranchProperties;
import nl.starters.servicedefaults.security.Caller;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * Members flag content; moderation hides it only when several members agree (or one trusted member,
 * or staff, flags it), and then only until staff look at it. One flag per member and content.
 */
@Component
@EnableConfigurationProperties(ModerationProperties.class)
class Flags {

    private final ContentCatalog catalog;
    private final ModerationStore store;
    private final ModerationProperties properties;
    private final TransactionalOperator transaction;
    private final Clock clock;
    private final String branch;

    Flags(
            ContentCatalog catalog,
            ModerationStore store,
            ModerationProperties properties,
            TransactionalOperator transaction,
            Clock clock,
            BranchProperties branch) {
        this.catalog = catalog;
        this.store = store;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
        this.branch = branch.id();
    }

    /** The caller's flag, and whether it is new (a second flag by the same member changes nothing). */
    Mono<Flagged> flag(Caller caller, FlagRequest request) {
        String kind = ContentCatalog.normalise(request.kind());
        String reason = request.reason().strip();
        if (reason.length() < 3) {
            return Mono.error(
                    new ResponseStatusException(HttpStatus.BAD_REQUEST, "reason: a reason is 3 to 500 characters"));
        }
        return catalog.find(kind, request.id())
                .flatMap(content -> caller.memberId().equals(content.authorId())
                        ? Mono.error(new ResponseStatusException(
                                HttpStatus.BAD_REQUEST, "You cannot flag your own content; edit or delete it instead."))
                        : transaction.transactional(flagOnce(caller, kind, request.id(), reason)));
    }

    private Mono<Flagged> flagOnce(Caller caller, String kind, UUID id, String reason) {
        Instant now = clock.instant();
        return store.lockState(kind, id, now)
                .filter(state -> state != ModerationState.REMOVED)
                .switchIfEmpty(Mono.error(
                        new ResponseStatusException(HttpStatus.NOT_FOUND, "This content was removed by staff.")))
                .then(store.add(id, caller.memberId(), reason, now))
                .flatMap(flaggedAt -> trusted(caller)
                        .flatMap(trusted -> store.hideIf(id, trusted, properties.flagsToHide(), now))
                        .then(store.existing(kind, id, caller.memberId()))
                        .map(view -> new Flagged(view, true)))
                .switchIfEmpty(Mono.defer(
                        () -> store.existing(kind, id, caller.memberId()).map(view -> new Flagged(view, false))));
    }

    /** Staff of this branch, and members past the contribution threshold, hide content with one flag. */
    private Mono<Boolean> trusted(Caller caller) {
        return caller.isStaffOf(branch)
                ? Mono.just(true)
                : store.contributionsOf(caller.memberId()).map(count -> count >= properties.trustedAfter());
    }

    record Flagged(FlagView view, boolean created) {}
}

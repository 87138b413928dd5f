package nl.starters.branch.moderation;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import nl.starters.branch.notifications.NotificationType;
import nl.starters.branch.notifications.Notifications;
import nl.starters.branch.replies.ReplyPromises;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Staff decide on flagged content: restore it (the flags in question are set aside) or remove it (its
 * reply promise is withdrawn). The author is told, with the reason, and the {@link ModerationListener}s
 * follow in the same transaction. Deciding the same way twice changes
 * nothing; who decided, when and why stay on the content's moderation row (member-service keeps the
 * federation's audit log).
 */
@Component
class ModerationDecisions {

    private final ContentCatalog catalog;
    private final ModerationStore store;
    private final ModerationQueue queue;
    private final Notifications notifications;
    private final ReplyPromises replies;
    private final ObjectProvider<ModerationListener> listeners;
    private final TransactionalOperator transaction;
    private final Clock clock;

    ModerationDecisions(
            ContentCatalog catalog,
            ModerationStore store,
            ModerationQueue queue,
            Notifications notifications,
            ReplyPromises replies,
            ObjectProvider<ModerationListener> listeners,
            TransactionalOperator transaction,
            Clock clock) {
        this.catalog = catalog;
        this.store = store;
        this.queue = queue;
        this.notifications = notifications;
        this.replies = replies;
        this.listeners = listeners;
        this.transaction = transaction;
        this.clock = clock;
    }

    Mono<ModerationItem> restore(UUID staffId, String kind, UUID id, String reason) {
        String normalised = ContentCatalog.normalise(kind);
        Instant now = clock.instant();
        return catalog.find(normalised, id)
                .flatMap(content -> transaction
                        .transactional(store.lockState(normalised, id, now)
                                .zipWith(store.pendingFlags(id))
                                .flatMap(current -> {
                                    boolean wasHidden = current.getT1() != ModerationState.VISIBLE;
                                    if (!wasHidden && current.getT2() == 0) {
                                        return Mono.empty(); // visible and nothing to review: nothing to decide
                                    }
                                    Mono<Void> decided =
                                            store.decide(id, ModerationState.VISIBLE, reason, staffId, now);
                                    return wasHidden
                                            ? decided.then(tell(content, "is visible again", reason))
                                                    .then(told(content, current.getT1(), ModerationState.VISIBLE))
                                            : decided;
                                }))
                        .then(queue.item(content, normalised)));
    }

    Mono<ModerationItem> remove(UUID staffId, String kind, UUID id, String reason) {
        if (reason == null) {
            return Mono.error(new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "reason: give a reason to remove content; its author is shown it"));
        }
        String normalised = ContentCatalog.normalise(kind);
        Instant now = clock.instant();
        return catalog.find(normalised, id)
                .flatMap(content -> transaction
                        .transactional(store.lockState(normalised, id, now)
                                .filter(state -> state != ModerationState.REMOVED)
                                .flatMap(state -> store.decide(id, ModerationState.REMOVED, reason, staffId, now)
                                        .then(replies.withdraw(id))
                                        .then(tell(content, "was removed", reason))
                                        .then(told(content, state, ModerationState.REMOVED))))
                        .then(queue.item(content, normalised)));
    }

    /** The listeners follow the decision in its transaction (a failing one undoes it). */
    private Mono<Void> told(ContentRef content, ModerationState before, ModerationState after) {
        return Flux.fromStream(listeners::orderedStream)
                .concatMap(listener -> listener.decided(content, before, after))
                .then();
    }

    private Mono<Void> tell(ContentRef content, String outcome, String reason) {
        if (content.authorId() == null) {
            return Mono.empty();
        }
        String title = content.title().length() > 80 ? content.title().substring(0, 77) + "..." : content.title();
        String text = "Staff reviewed your " + content.kind().toLowerCase(Locale.ROOT) + " \"" + title + "\": it "
                + outcome + "." + (reason == null ? "" : " Reason: " + reason);
        return notifications.notify(content.authorId(), NotificationType.CONTENT_MODERATED, content.id(), text);
    }
}

package nl.starters.branch.connections;

import java.time.Clock;
import java.util.UUID;
import nl.starters.branch.activity.ActivityRecorder;
import nl.starters.branch.activity.ActivityType;
import nl.starters.branch.notifications.NotificationType;
import nl.starters.branch.notifications.Notifications;
import nl.starters.servicedefaults.ids.Ids;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * The rules of connecting: one connection per pair of members whoever asks, never with yourself, and
 * only the member asked decides. The addressee hears of a request, the requester of an acceptance.
 */
@Service
public class ConnectionService {

    private final ConnectionRepository connections;
    private final Notifications notifications;
    private final ActivityRecorder activity;
    private final TransactionalOperator transaction;
    private final Clock clock;

    ConnectionService(
            ConnectionRepository connections,
            Notifications notifications,
            ActivityRecorder activity,
            TransactionalOperator transaction,
            Clock clock) {
        this.connections = connections;
        this.notifications = notifications;
        this.activity = activity;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The pair's connection: a new request, or the one that already exists (then {@code created} is false). */
    Mono<Requested> request(UUID me, RequestConnection request) {
        UUID other = request.memberId();
        if (me.equals(other)) {
            return Mono.error(new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "memberId: you cannot send a connection request to yourself."));
        }
        String message = request.message() == null || request.message().isBlank()
                ? null
                : request.message().strip();
        Mono<Requested> created = connections
                .insertUnlessPaired(Ids.newId(), me, other, message, clock.instant())
                .flatMap(id -> notifications
                        .notify(other, NotificationType.CONNECTION_REQUEST, id, "You have a new connection request.")
                        .thenReturn(new Requested(id, true)));
        Mono<Requested> existing = connections.findPair(me, other).map(id -> new Requested(id, false));
        return connections
                .knowsMember(other)
                .flatMap(known -> known
                        ? transaction.transactional(created.switchIfEmpty(existing))
                        : Mono.error(new ResponseStatusException(
                                HttpStatus.NOT_FOUND, "This branch knows no member " + other + " to connect with.")));
    }

    /** The addressee accepts (also a request they declined before); accepting twice changes nothing. */
    Mono<Void> accept(UUID me, UUID id) {
        return transaction.transactional(decidable(me, id, "accept").flatMap(connection -> switch (connection.state()) {
            case ACCEPTED -> Mono.empty();
            case PENDING, DECLINED ->
                connections
                        .decide(id, ConnectionState.ACCEPTED, clock.instant())
                        .then(notifications.notify(
                                connection.requesterId(),
                                NotificationType.CONNECTION_ACCEPTED,
                                id,
                                "Your connection request was accepted."))
                        .then(activity.record(ActivityType.CONNECTION_MADE, me, id));
        }));
    }

    /** The addressee declines a pending request; the requester is not told. Declining twice changes nothing. */
    Mono<Void> decline(UUID me, UUID id) {
        return transaction.transactional(decidable(me, id, "decline")
                .flatMap(connection -> switch (connection.state()) {
                    case DECLINED -> Mono.empty();
                    case ACCEPTED ->
                        Mono.error(new ResponseStatusException(
                                HttpStatus.CONFLICT,
                                "You are already connected; an accepted request cannot be declined."));
                    case PENDING -> connections.decide(id, ConnectionState.DECLINED, clock.instant());
                }));
    }

    private Mono<Connection> decidable(UUID me, UUID id, String action) {
        return connections
                .lock(id)
                .switchIfEmpty(Mono.error(new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "There is no connection request " + id + " here.")))
                .filter(connection -> connection.addresseeId().equals(me))
                .switchIfEmpty(Mono.error(new ResponseStatusException(
                        HttpStatus.FORBIDDEN, "Only the member who was asked can " + action + " this request.")));
    }

    /** The connection a request leads to, and whether this request created it. */
    record Requested(UUID id, boolean created) {}
}

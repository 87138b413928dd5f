package nl.starters.branch.meetups;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.starters.branch.notifications.NotificationType;
import nl.starters.branch.notifications.Notifications;
import nl.starters.servicedefaults.ids.Ids;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * Staff organise meetups and change them; everyone going or waiting hears of a change, and a larger
 * capacity lets the first members waiting in. A change never leaves more members going than places.
 */
@Service
public class MeetupService {

    private final MeetupRepository meetups;
    private final RsvpRepository rsvps;
    private final WaitingList waitingList;
    private final Notifications notifications;
    private final TransactionalOperator transaction;
    private final Clock clock;

    MeetupService(
            MeetupRepository meetups,
            RsvpRepository rsvps,
            WaitingList waitingList,
            Notifications notifications,
            TransactionalOperator transaction,
            Clock clock) {
        this.meetups = meetups;
        this.rsvps = rsvps;
        this.waitingList = waitingList;
        this.notifications = notifications;
        this.transaction = transaction;
        this.clock = clock;
    }

    Mono<UUID> organise(UUID organiser, WriteMeetup request) {
        Instant now = clock.instant();
        Meetup meetup = meetup(Ids.newId(), organiser, request);
        return inFuture(meetup, now)
                .then(transaction.transactional(meetups.insert(meetup, now)))
                .thenReturn(meetup.id());
    }

    Mono<Void> change(UUID editor, UUID id, WriteMeetup request) {
        return transaction.transactional(meetups.lock(id)
                .switchIfEmpty(Mono.error(
                        new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no meetup " + id + " here.")))
                .flatMap(old -> {
                    Meetup changed = meetup(id, old.organiserId(), request);
                    List<String> what = differences(old, changed);
                    if (what.isEmpty()) {
                        return Mono.empty();
                    }
                    return inFuture(changed, clock.instant())
                            .then(roomFor(changed))
                            .then(meetups.update(changed, clock.instant()))
                            .then(tellEveryone(editor, changed, what))
                            .then(waitingList.fillFreePlaces(changed));
                }));
    }

    private Mono<Void> roomFor(Meetup changed) {
        return rsvps.going(changed.id())
                .filter(going -> going > changed.capacity())
                .flatMap(going -> Mono.error(new ResponseStatusException(
                        HttpStatus.CONFLICT,
                        going + " members are already going; the capacity cannot be less than that.")));
    }

    private Mono<Void> tellEveryone(UUID editor, Meetup changed, List<String> what) {
        String text = "The meetup \"" + changed.title() + "\" changed: " + String.join(", ", what) + ".";
        return rsvps.members(changed.id())
                .filter(member -> !member.equals(editor))
                .concatMap(member -> notifications.notify(member, NotificationType.MEETUP_CHANGED, changed.id(), text))
                .then();
    }

    private static List<String> differences(Meetup old, Meetup changed) {
        List<String> what = new ArrayList<>();
        if (!old.title().equals(changed.title())) {
            what.add("title");
        }
        if (!old.description().equals(changed.description())) {
            what.add("description");
        }
        if (!old.startsAt().equals(changed.startsAt())) {
            what.add("time");
        }
        if (!old.place().equals(changed.place())) {
            what.add("place");
        }
        if (old.capacity() != changed.capacity()) {
            what.add("capacity");
        }
        return what;
    }

    private static Mono<Void> inFuture(Meetup meetup, Instant now) {
        return meetup.startedAt(now)
                ? Mono.error(new ResponseStatusException(
                        HttpStatus.BAD_REQUEST, "startsAt: must be in the future, was " + meetup.startsAt() + "."))
                : Mono.empty();
    }

    private static Meetup meetup(UUID id, UUID organiser, WriteMeetup request) {
        return new Meetup(
                id,
                organiser,
                request.title().strip(),
                request.description(),
                request.startsAt().truncatedTo(ChronoUnit.MICROS),
                request.place().strip(),
                request.capacity());
    }
}

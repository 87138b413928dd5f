package nl.starters.branch.meetups;

import java.time.Clock;
import nl.starters.branch.notifications.NotificationType;
import nl.starters.branch.notifications.Notifications;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * When a place comes free (someone going cancels, the capacity grows) the first members waiting move
 * up, in the order they asked, and are told. Runs under the meetup's lock, in the caller's transaction.
 */
@Component
class WaitingList {

    private final RsvpRepository rsvps;
    private final Notifications notifications;
    private final Clock clock;

    WaitingList(RsvpRepository rsvps, Notifications notifications, Clock clock) {
        this.rsvps = rsvps;
        this.notifications = notifications;
        this.clock = clock;
    }

    Mono<Void> fillFreePlaces(Meetup meetup) {
        if (meetup.startedAt(clock.instant())) {
            return Mono.empty();
        }
        return rsvps.going(meetup.id())
                .map(going -> meetup.capacity() - going)
                .filter(free -> free > 0)
                .flatMapMany(free -> rsvps.moveUp(meetup.id(), free))
                .concatMap(member -> notifications.notify(
                        member,
                        NotificationType.MEETUP_CHANGED,
                        meetup.id(),
                        "A place came free: you are now going to \"" + meetup.title() + "\"."))
                .then();
    }
}

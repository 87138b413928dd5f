package nl.starters.branch.meetups;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import nl.starters.branch.activity.ActivityRecorder;
import nl.starters.branch.activity.ActivityType;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * RSVPs: a member goes while there are places, then waits in line; asking twice changes nothing; one
 * who cancels frees their place for the first in line. Each runs in one transaction holding the
 * meetup's row lock, so however many members RSVP at once, no more go than the capacity allows.
 */
@Service
public class RsvpService {

    private final MeetupRepository meetups;
    private final RsvpRepository rsvps;
    private final WaitingList waitingList;
    private final ActivityRecorder activity;
    private final TransactionalOperator transaction;
    private final Clock clock;

    RsvpService(
            MeetupRepository meetups,
            RsvpRepository rsvps,
            WaitingList waitingList,
            ActivityRecorder activity,
            TransactionalOperator transaction,
            Clock clock) {
        this.meetups = meetups;
        this.rsvps = rsvps;
        this.waitingList = waitingList;
        this.activity = activity;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** True when this is a new RSVP, false when the member had one already (it stays as it was). */
    Mono<Boolean> rsvp(UUID me, UUID meetupId) {
        return transaction.transactional(locked(meetupId)
                .flatMap(meetup -> rsvps.stateOf(meetupId, me)
                        .map(existing -> false)
                        .switchIfEmpty(Mono.defer(() -> add(me, meetup)))));
    }

    /** Cancels the member's RSVP, if any; a freed place goes to the first member waiting. */
    Mono<Void> cancel(UUID me, UUID meetupId) {
        return transaction.transactional(locked(meetupId)
                .flatMap(meetup -> rsvps.delete(meetupId, me)
                        .filter(RsvpState.GOING::equals)
                        .flatMap(wasGoing -> waitingList.fillFreePlaces(meetup))));
    }

    private Mono<Boolean> add(UUID me, Meetup meetup) {
        Instant now = clock.instant();
        if (meetup.startedAt(now)) {
            return Mono.error(new ResponseStatusException(
                    HttpStatus.CONFLICT, "This meetup has already started; it takes no more RSVPs."));
        }
        return rsvps.going(meetup.id())
                .map(going -> going < meetup.capacity() ? RsvpState.GOING : RsvpState.WAITING)
                .flatMap(state -> rsvps.insert(meetup.id(), me, state, now))
                .then(activity.record(ActivityType.MEETUP_RSVP, me, meetup.id()))
                .thenReturn(true);
    }

    private Mono<Meetup> locked(UUID meetupId) {
        return meetups.lock(meetupId)
                .switchIfEmpty(Mono.error(new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "There is no meetup " + meetupId + " here.")));
    }
}

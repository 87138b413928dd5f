package nl.starters.branch.meetups;

import java.util.UUID;
import nl.starters.servicedefaults.members.MemberErasureHandler;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** An erased member holds no place at a meetup: their RSVPs go, and the first members waiting move up. */
@Component
class MeetupErasure implements MemberErasureHandler {

    private final RsvpRepository rsvps;
    private final RsvpService service;

    MeetupErasure(RsvpRepository rsvps, RsvpService service) {
        this.rsvps = rsvps;
        this.service = service;
    }

    @Override
    public Mono<Void> memberErased(UUID memberId) {
        return rsvps.meetupsOf(memberId)
                .collectList()
                .flatMapMany(Flux::fromIterable)
                .concatMap(meetup -> service.cancel(memberId, meetup))
                .then();
    }
}

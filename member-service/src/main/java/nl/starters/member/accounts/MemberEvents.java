package nl.starters.member.accounts;

import java.util.List;
import java.util.UUID;
import nl.starters.servicedefaults.kafka.Topics;
import nl.starters.servicedefaults.outbox.Outbox;
import nl.starters.servicedefaults.outbox.OutgoingEvent;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Announces members on members.v1 (keyed by member id, compacted) through the outbox: only what others
 * may show — the display name, never the real name behind a pseudonym.
 */
@Component
class MemberEvents {

    static final String REGISTERED = "member.registered.v1";

    private final Outbox outbox;

    MemberEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    Mono<Void> registered(Member member) {
        return outbox.append(
                OutgoingEvent.of(Topics.MEMBERS, member.id().toString(), REGISTERED, MemberChangedV1.of(member)));
    }

    /** The members.v1 payload of a registration or a profile change: the member as others see them. */
    record MemberChangedV1(UUID memberId, String displayName, boolean staff, String homeBranch, List<String> roles) {

        static MemberChangedV1 of(Member member) {
            return new MemberChangedV1(
                    member.id(), member.displayName(), member.staff(), member.homeBranch(), member.roles());
        }
    }
}

package nl.starters.member.accounts;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.starters.servicedefaults.kafka.Topics;
import nl.starters.servicedefaults.outbox.Outbox;
import nl.starters.servicedefaults.outbox.OutgoingEvent;
import nl.starters.servicedefaults.security.Roles;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Announces members on members.v1 (keyed by member id, compacted) through the outbox, in the transaction
 * of the change: only what others may show — the display name, never the real name behind a pseudonym.
 */
@Component
class MemberEvents {

    static final String REGISTERED = "member.registered.v1";
    static final String PROFILE_CHANGED = "member.profile-changed.v1";
    static final String ERASED = "member.erased.v1";

    private final Outbox outbox;

    MemberEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    Mono<Void> registered(Member member) {
        return append(member.id(), REGISTERED, MemberV1.of(member));
    }

    /** Published only when what others see of the member changed. */
    Mono<Void> changed(Member before, Member after) {
        MemberV1 seen = MemberV1.of(after);
        return seen.equals(MemberV1.of(before)) ? Mono.empty() : append(after.id(), PROFILE_CHANGED, seen);
    }

    Mono<Void> erased(UUID memberId) {
        return append(memberId, ERASED, new MemberErasedV1(memberId));
    }

    private Mono<Void> append(UUID memberId, String type, Object payload) {
        return outbox.append(OutgoingEvent.of(Topics.MEMBERS, memberId.toString(), type, payload));
    }

    /**
     * The payload of a registration or a profile change: the member as others see them. The roles are the
     * community's (ADMIN is member-service's own business and not in the contract's role list).
     */
    record MemberV1(UUID memberId, String displayName, boolean staff, String homeBranch, List<String> roles) {

        private static final Set<String> COMMUNITY_ROLES = Set.of(Roles.MEMBER, Roles.STAFF, Roles.COORDINATOR);

        static MemberV1 of(Member member) {
            return new MemberV1(
                    member.id(),
                    member.displayName(),
                    member.staff(),
                    member.homeBranch(),
                    member.roles().stream().filter(COMMUNITY_ROLES::contains).toList());
        }
    }

    /** The payload of an erasure: the id alone, nothing personal. */
    record MemberErasedV1(UUID memberId) {}
}

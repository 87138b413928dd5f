package nl.starters.servicedefaults.members;

import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * A service's reaction to a member first appearing in its read copy of members.v1 (a branch records
 * MEMBER_JOINED for its own members); runs in the transaction that adds them, once per member.
 */
@FunctionalInterface
public interface MemberArrivalHandler {

    Mono<Void> memberArrived(UUID memberId, String homeBranch);
}

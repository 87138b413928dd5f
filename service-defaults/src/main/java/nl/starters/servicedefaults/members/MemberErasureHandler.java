package nl.starters.servicedefaults.members;

import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * A feature's own part of an erasure, beyond the name (which the read copy drops so content shows as
 * "former member"): e.g. giving up the member's places at meetups. Runs in the transaction that applies
 * the member.erased.v1 event, once per event; it must be harmless for a member the feature never saw.
 */
@FunctionalInterface
public interface MemberErasureHandler {

    Mono<Void> memberErased(UUID memberId);
}

package nl.starters.branch.connections;

import java.util.UUID;

/** The facts of a connection that its rules decide on. */
record Connection(UUID id, UUID requesterId, UUID addresseeId, ConnectionState state) {

    boolean involves(UUID memberId) {
        return requesterId.equals(memberId) || addresseeId.equals(memberId);
    }
}

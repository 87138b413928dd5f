package nl.starters.branch.connections;

/** Where a connection request stands; a declined request can still be accepted by its addressee. */
enum ConnectionState {
    PENDING,
    ACCEPTED,
    DECLINED
}

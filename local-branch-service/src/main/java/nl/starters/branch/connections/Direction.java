package nl.starters.branch.connections;

/** Seen from the caller: a request they sent, or one sent to them. */
enum Direction {
    OUTGOING,
    INCOMING
}

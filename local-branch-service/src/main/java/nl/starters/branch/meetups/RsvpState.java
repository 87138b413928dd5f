package nl.starters.branch.meetups;

/** A member's RSVP: a place at the meetup, or a place in the queue for one. */
enum RsvpState {
    GOING,
    WAITING
}

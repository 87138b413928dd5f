package nl.starters.branch.meetups;

import java.time.Instant;
import java.util.UUID;
import nl.starters.servicedefaults.members.Author;

/**
 * A meetup as a member sees it, with how full it is and where the caller stands.
 *
 * @param description the Markdown source: only for staff of this branch (who edit it), otherwise null
 * @param attending members going (never more than the capacity)
 * @param waitingList members waiting for a place
 * @param myRsvp the caller's RSVP, null when they have none
 */
record MeetupView(
        UUID id,
        String title,
        String description,
        String descriptionHtml,
        Instant startsAt,
        String place,
        int capacity,
        long attending,
        long waitingList,
        RsvpState myRsvp,
        Author organiser,
        Instant createdAt,
        Instant editedAt) {}

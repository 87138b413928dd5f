package nl.starters.branch.meetups;

import java.time.Instant;
import java.util.UUID;

/** A meetup as stored; the description is Markdown, rendered only when served. */
record Meetup(
        UUID id, UUID organiserId, String title, String description, Instant startsAt, String place, int capacity) {

    boolean startedAt(Instant now) {
        return !startsAt.isAfter(now);
    }
}

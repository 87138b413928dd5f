package nl.starters.national.activity;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.starters.servicedefaults.consumer.IncomingEvent;
import nl.starters.servicedefaults.kafka.InvalidEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * One activity as the fold stores it: its event id (the record's {@code ce_id}), the day it happened in
 * the configured zone and what it counts for (a member by the first 64 bits of their hash). Reading it checks the contract, so a record that could
 * never be folded is poison before any SQL runs.
 */
record FoldedEvent(
        UUID eventId,
        LocalDate day,
        String branch,
        String type,
        Long memberKey,
        UUID subjectId,
        UUID parentId,
        Long latencySeconds,
        boolean slaBreached) {

    static final String TYPE = "activity.recorded.v1";

    private static final Pattern BRANCH = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern ACTIVITY_TYPE = Pattern.compile("[A-Z][A-Z_]{0,39}");

    /** The activity of a record; null for a record of another event type (skipped). */
    static FoldedEvent from(ConsumerRecord<?, ?> record, ZoneId zone) {
        IncomingEvent event = IncomingEvent.from(record);
        if (!TYPE.equals(event.type())) {
            return null;
        }
        ActivityV1 activity = event.payloadAs(ActivityV1.class);
        if (activity.branch() == null || !BRANCH.matcher(activity.branch()).matches()) {
            throw new InvalidEventException("activity without a valid branch: " + activity.branch());
        }
        if (activity.type() == null || !ACTIVITY_TYPE.matcher(activity.type()).matches()) {
            throw new InvalidEventException("activity without a valid type: " + activity.type());
        }
        if (activity.occurredAt() == null) {
            throw new InvalidEventException("activity without occurredAt");
        }
        if (activity.memberHash() != null
                && !HASH.matcher(activity.memberHash()).matches()) {
            throw new InvalidEventException("memberHash is not 64 lower-case hex digits");
        }
        if (activity.latencySeconds() != null && activity.latencySeconds() < 0) {
            throw new InvalidEventException("latencySeconds is negative");
        }
        return new FoldedEvent(
                event.id(),
                activity.occurredAt().atZone(zone).toLocalDate(),
                activity.branch(),
                activity.type(),
                activity.memberHash() == null
                        ? null
                        : Long.parseUnsignedLong(activity.memberHash().substring(0, 16), 16),
                activity.subjectId(),
                activity.parentId(),
                activity.latencySeconds(),
                Boolean.TRUE.equals(activity.slaBreached()));
    }
}

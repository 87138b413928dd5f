package nl.starters.branch.activity;

import java.time.Clock;
import java.util.Arrays;
import java.util.UUID;
import nl.starters.branch.support.BranchProperties;
import nl.starters.servicedefaults.activity.MemberHash;
import nl.starters.servicedefaults.kafka.EventEnvelope;
import nl.starters.servicedefaults.kafka.Topics;
import nl.starters.servicedefaults.metrics.ActivityMeter;
import nl.starters.servicedefaults.outbox.Outbox;
import nl.starters.servicedefaults.outbox.OutgoingEvent;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Records an activity on {@code activity.v1} through the outbox, and counts the member's contributions
 * here (moderation trusts members past a threshold). Call it inside the transaction of the write it
 * describes, so the activity is published exactly when the write commits (and counted on
 * {@code community_activity_total{type}} then).
 */
@Component
public class ActivityRecorder {

    static final String TYPE = "activity.recorded.v1";

    private final DatabaseClient db;
    private final Outbox outbox;
    private final MemberHash memberHash;
    private final Clock clock;
    private final String branch;
    private final ActivityMeter meter;

    ActivityRecorder(
            DatabaseClient db,
            Outbox outbox,
            MemberHash memberHash,
            Clock clock,
            BranchProperties branch,
            ActivityMeter meter) {
        this.db = db;
        this.outbox = outbox;
        this.memberHash = memberHash;
        this.clock = clock;
        this.branch = branch.id();
        this.meter = meter;
        meter.expect(Arrays.stream(ActivityType.values()).map(Enum::name).toList());
    }

    public Mono<Void> record(ActivityType type, UUID memberId, UUID subjectId) {
        return record(type, memberId, subjectId, null, null, null);
    }

    /** An answer or a comment, with the question or post it belongs to (so unanswered questions can be told). */
    public Mono<Void> recordReply(ActivityType type, UUID memberId, UUID subjectId, UUID parentId) {
        return record(type, memberId, subjectId, parentId, null, null);
    }

    /** A first staff reply: its wait in working seconds and whether it came after the due moment. */
    public Mono<Void> recordFirstStaffReply(UUID staffId, UUID subjectId, long latencySeconds, boolean slaBreached) {
        return record(ActivityType.FIRST_STAFF_REPLY, staffId, subjectId, null, latencySeconds, slaBreached);
    }

    /** A member of this branch joined (the member is the subject; joining is no contribution). */
    Mono<Void> memberJoined(UUID memberId) {
        return record(ActivityType.MEMBER_JOINED, memberId, memberId, null, null, null);
    }

    private Mono<Void> record(
            ActivityType type, UUID memberId, UUID subjectId, UUID parentId, Long latencySeconds, Boolean slaBreached) {
        UUID eventId = EventEnvelope.newId();
        var payload = new ActivityV1(
                eventId,
                branch,
                type,
                clock.instant(),
                memberId == null ? null : memberHash.of(memberId),
                subjectId,
                parentId,
                latencySeconds,
                slaBreached);
        Mono<Void> published = outbox.append(new OutgoingEvent(eventId, Topics.ACTIVITY, branch, TYPE, payload))
                .then(meter.countAfterCommit(type.name()));
        return memberId == null || type == ActivityType.MEMBER_JOINED
                ? published
                : published.then(countContribution(memberId));
    }

    private Mono<Void> countContribution(UUID memberId) {
        return db.sql("""
                        INSERT INTO member_activity (member_id, contributions) VALUES (:member, 1)
                        ON CONFLICT (member_id) DO UPDATE SET contributions = member_activity.contributions + 1""").bind("member", memberId).then();
    }
}

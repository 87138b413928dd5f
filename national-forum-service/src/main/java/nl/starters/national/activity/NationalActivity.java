package nl.starters.national.activity;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.starters.servicedefaults.activity.MemberHash;
import nl.starters.servicedefaults.kafka.EventEnvelope;
import nl.starters.servicedefaults.kafka.Topics;
import nl.starters.servicedefaults.metrics.ActivityMeter;
import nl.starters.servicedefaults.outbox.Outbox;
import nl.starters.servicedefaults.outbox.OutgoingEvent;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The national forum's own activity on {@code activity.v1} (branch {@code national}), written through the
 * outbox: call it inside the transaction of the write it describes. The fold counts it like a branch's, and
 * so does {@code community_activity_total} (after the commit).
 */
@Component
public class NationalActivity {

    static final String BRANCH = "national";
    private static final String ANSWER = "ANSWER";

    private final Outbox outbox;
    private final MemberHash memberHash;
    private final Clock clock;
    private final ActivityMeter meter;

    NationalActivity(Outbox outbox, MemberHash memberHash, Clock clock, ActivityMeter meter) {
        this.outbox = outbox;
        this.memberHash = memberHash;
        this.clock = clock;
        this.meter = meter;
        meter.expect(List.of(ANSWER));
    }

    /** A national answer by this member to this question (the question's local id). */
    public Mono<Void> answered(UUID memberId, UUID answerId, UUID questionId) {
        UUID eventId = EventEnvelope.newId();
        var payload =
                new Published(eventId, BRANCH, ANSWER, clock.instant(), memberHash.of(memberId), answerId, questionId);
        return outbox.append(new OutgoingEvent(eventId, Topics.ACTIVITY, BRANCH, FoldedEvent.TYPE, payload))
                .then(meter.countAfterCommit(ANSWER));
    }

    /** {@code activity.recorded.v1} as the national forum publishes it; absent fields are left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Published(
            UUID eventId,
            String branch,
            String type,
            Instant occurredAt,
            String memberHash,
            UUID subjectId,
            UUID parentId) {}
}

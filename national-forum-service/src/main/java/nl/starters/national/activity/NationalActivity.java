package nl.starters.national.activity;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import nl.starters.servicedefaults.activity.MemberHash;
import nl.starters.servicedefaults.kafka.EventEnvelope;
import nl.starters.servicedefaults.kafka.Topics;
import nl.starters.servicedefaults.outbox.Outbox;
import nl.starters.servicedefaults.outbox.OutgoingEvent;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The national forum's own activity on {@code activity.v1} (branch {@code national}), written through the
 * outbox: call it inside the transaction of the write it describes. The fold counts it like a branch's.
 */
@Component
public class NationalActivity {

    static final String BRANCH = "national";

    private final Outbox outbox;
    private final MemberHash memberHash;
    private final Clock clock;

    NationalActivity(Outbox outbox, MemberHash memberHash, Clock clock) {
        this.outbox = outbox;
        this.memberHash = memberHash;
        this.clock = clock;
    }

    /** A national answer by this member to this question (the question's local id). */
    public Mono<Void> answered(UUID memberId, UUID answerId, UUID questionId) {
        UUID eventId = EventEnvelope.newId();
        var payload = new Published(
                eventId, BRANCH, "ANSWER", clock.instant(), memberHash.of(memberId), answerId, questionId);
        return outbox.append(new OutgoingEvent(eventId, Topics.ACTIVITY, BRANCH, FoldedEvent.TYPE, payload));
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

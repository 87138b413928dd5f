package nl.starters.branch.replies;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nl.starters.branch.activity.ActivityRecorder;
import nl.starters.branch.activity.ActivityType;
import nl.starters.branch.support.BranchProperties;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The reply promise's bookkeeping: a question or a blog comment thread starts waiting when a member
 * opens it, and stops at the first staff reply, whose latency becomes a metric and a
 * {@code FIRST_STAFF_REPLY} activity. Call both inside the transaction of the write that causes them.
 */
@Component
public class ReplyPromises {

    private final DatabaseClient db;
    private final ActivityRecorder activity;
    private final Clock clock;
    private final Timer firstReply;

    ReplyPromises(
            DatabaseClient db, ActivityRecorder activity, Clock clock, MeterRegistry meters, BranchProperties branch) {
        this.db = db;
        this.activity = activity;
        this.clock = clock;
        this.firstReply = Timer.builder("community.first_reply")
                .description("Time from a question or comment thread to its first staff reply")
                .tag("branch", branch.id())
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMinutes(1))
                .maximumExpectedValue(Duration.ofDays(14))
                .register(meters);
    }

    /** Starts the wait (once: opening a thread that already waits or was answered changes nothing). */
    public Mono<Void> open(ReplyKind kind, UUID subjectId, String title) {
        return db.sql("""
                        INSERT INTO reply_promises (subject_id, kind, title, waiting_since)
                        VALUES (:subject, :kind, :title, :now) ON CONFLICT (subject_id) DO NOTHING""")
                .bind("subject", subjectId)
                .bind("kind", kind.name())
                .bind("title", title)
                .bind("now", clock.instant())
                .then();
    }

    /** A staff member replied: the first such reply keeps the promise; later ones change nothing. */
    public Mono<Void> staffReplied(UUID subjectId, UUID staffId) {
        Instant now = clock.instant();
        return db.sql("""
                        UPDATE reply_promises SET replied_at = :now, replied_by = :staff
                        WHERE subject_id = :subject AND replied_at IS NULL
                        RETURNING waiting_since""")
                .bind("now", now)
                .bind("staff", staffId)
                .bind("subject", subjectId)
                .map(row -> Duration.between(row.get("waiting_since", Instant.class), now))
                .one()
                .flatMap(latency -> {
                    firstReply.record(latency);
                    return activity.record(ActivityType.FIRST_STAFF_REPLY, staffId, subjectId, latency.toSeconds());
                });
    }

    /** Forgets a wait whose subject is gone (removed by moderation, erased). */
    public Mono<Void> withdraw(UUID subjectId) {
        return db.sql("DELETE FROM reply_promises WHERE subject_id = :subject AND replied_at IS NULL")
                .bind("subject", subjectId)
                .then();
    }
}

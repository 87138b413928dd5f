package nl.starters.branch.replies;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nl.starters.branch.activity.ActivityRecorder;
import nl.starters.servicedefaults.metrics.AfterCommit;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The reply promise's bookkeeping: a question or a blog comment thread starts waiting when a member
 * opens it, and stops at the first staff reply. Call these inside the transaction of the write that
 * causes them.
 *
 * <p>The first reply is measured twice, on purpose. The metric {@code community.first_reply} is
 * wall-clock time (what a member experiences, comparable with any other latency), while the
 * {@code FIRST_STAFF_REPLY} activity's {@code latencySeconds} are <em>working</em> seconds on the
 * branch's calendar (what the promise is about, comparable between branches with different hours
 * and holidays). A reply later than its due moment also counts on {@code community.sla.breaches}.
 * Both meters move only once the reply's transaction committed; both carry the branch and region tags
 * every meter has. The timer publishes histogram buckets ({@code community_first_reply_seconds_bucket}),
 * with exact bounds at 1, 4, 8, 24 and 72 hours, so {@code histogram_quantile} gives the median and p90.
 */
@Component
public class ReplyPromises {

    private final DatabaseClient db;
    private final ActivityRecorder activity;
    private final SlaPolicy sla;
    private final Clock clock;
    private final Timer firstReply;
    private final Counter breaches;

    ReplyPromises(DatabaseClient db, ActivityRecorder activity, SlaPolicy sla, Clock clock, MeterRegistry meters) {
        this.db = db;
        this.activity = activity;
        this.sla = sla;
        this.clock = clock;
        this.firstReply = Timer.builder("community.first_reply")
                .description("Wall-clock time from a question or comment thread to its first staff reply")
                .publishPercentileHistogram()
                .serviceLevelObjectives(
                        Duration.ofHours(1),
                        Duration.ofHours(4),
                        Duration.ofHours(8),
                        Duration.ofHours(24),
                        Duration.ofHours(72))
                .minimumExpectedValue(Duration.ofMinutes(1))
                .maximumExpectedValue(Duration.ofDays(14))
                .register(meters);
        this.breaches = Counter.builder("community.sla.breaches")
                .description("First staff replies that came after the reply promise's due moment")
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

    /**
     * A staff member replied: the first such reply keeps (or breaks) the promise and is recorded as a
     * {@code FIRST_STAFF_REPLY} activity with its working seconds; later replies change nothing.
     */
    public Mono<Void> staffReplied(UUID subjectId, UUID staffId) {
        Instant now = clock.instant();
        return db.sql("""
                        UPDATE reply_promises SET replied_at = :now, replied_by = :staff
                        WHERE subject_id = :subject AND replied_at IS NULL
                        RETURNING waiting_since""")
                .bind("now", now)
                .bind("staff", staffId)
                .bind("subject", subjectId)
                .map(row -> row.get("waiting_since", Instant.class))
                .one()
                .flatMap(since -> activity.recordFirstStaffReply(
                                staffId, subjectId, sla.workingTime(since, now).toSeconds(), sla.breached(since, now))
                        .then(AfterCommit.run(() -> measure(since, now))));
    }

    /** Forgets a wait whose subject is gone (removed by moderation, erased). */
    public Mono<Void> withdraw(UUID subjectId) {
        return db.sql("DELETE FROM reply_promises WHERE subject_id = :subject AND replied_at IS NULL")
                .bind("subject", subjectId)
                .then();
    }

    private void measure(Instant waitingSince, Instant repliedAt) {
        firstReply.record(Duration.between(waitingSince, repliedAt));
        if (sla.breached(waitingSince, repliedAt)) {
            breaches.increment();
        }
    }
}

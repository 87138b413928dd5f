package nl.starters.branch.replies;

import static nl.starters.branch.replies.WorkingCalendarTests.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.starters.branch.moderation.CommunityContentTest;
import nl.starters.branch.moderation.SettableClock;
import nl.starters.servicedefaults.kafka.EventJson;
import nl.starters.servicedefaults.testing.security.TestIdentity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/** The reply promise's bookkeeping against the real database: once open, once kept, measured twice. */
@CommunityContentTest
class ReplyPromisesIntegrationTests {

    static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired
    ReplyPromises replies;

    @Autowired
    TransactionalOperator transaction;

    @Autowired
    DatabaseClient db;

    @Autowired
    MeterRegistry meters;

    @Autowired
    SettableClock clock;

    final UUID question = UUID.randomUUID();
    final UUID staff = TestIdentity.staffOf("utrecht").id();

    @BeforeEach
    void mondayMorning() {
        clock.set(at("2026-03-02T10:00"));
    }

    @Test
    void opensOnceSoTheWaitKeepsItsFirstStart() {
        inTransaction(replies.open(ReplyKind.QUESTION, question, "Where do I register my company?"));
        clock.set(at("2026-03-02T15:00"));
        inTransaction(replies.open(ReplyKind.QUESTION, question, "Edited title"));

        assertThat(db.sql("SELECT waiting_since, title FROM reply_promises WHERE subject_id = :id")
                        .bind("id", question)
                        .map(row -> row.get("waiting_since", Instant.class) + " " + row.get("title", String.class))
                        .all()
                        .collectList()
                        .block(WAIT))
                .containsExactly(at("2026-03-02T10:00") + " Where do I register my company?");
    }

    @Test
    void theFirstStaffReplyIsMeasuredInWallClockAndWorkingTimeAndRecordedOnce() {
        long repliesBefore = firstReplies().count();
        double secondsBefore = firstReplies().totalTime(java.util.concurrent.TimeUnit.SECONDS);
        double breachesBefore = breaches();
        inTransaction(replies.open(ReplyKind.QUESTION, question, "Where do I register my company?"));

        clock.set(at("2026-03-03T11:00")); // 25 hours later, 9 working hours: an hour late
        inTransaction(replies.staffReplied(question, staff));
        clock.set(at("2026-03-03T12:00"));
        inTransaction(
                replies.staffReplied(question, TestIdentity.staffOf("utrecht").id()));

        assertThat(firstReplies().count()).isEqualTo(repliesBefore + 1);
        assertThat(firstReplies().totalTime(java.util.concurrent.TimeUnit.SECONDS) - secondsBefore)
                .isEqualTo(25 * 3600.0);
        assertThat(breaches()).isEqualTo(breachesBefore + 1);
        List<JsonNode> activities = firstStaffReplies(question);
        assertThat(activities).hasSize(1);
        assertThat(activities.get(0).get("latencySeconds").asLong()).isEqualTo(9 * 3600);
        assertThat(activities.get(0).get("slaBreached").asBoolean()).isTrue();
        assertThat(activities.get(0).get("branch").asString()).isEqualTo("utrecht");
        assertThat(activities.get(0).get("memberHash").asString()).isNotBlank().doesNotContain(staff.toString());
        assertThat(db.sql("SELECT replied_by FROM reply_promises WHERE subject_id = :id")
                        .bind("id", question)
                        .map(row -> row.get("replied_by", UUID.class))
                        .one()
                        .block(WAIT))
                .isEqualTo(staff);
    }

    @Test
    void aReplyWithinTheWorkingDayIsNoBreachHoweverLongTheWeekend() {
        double breachesBefore = breaches();
        clock.set(at("2026-03-06T15:00")); // Friday afternoon
        inTransaction(replies.open(ReplyKind.COMMENT_THREAD, question, "Blog: starting out"));
        clock.set(at("2026-03-09T14:59")); // Monday: 70 hours, 8 working hours less a minute
        inTransaction(replies.staffReplied(question, staff));

        assertThat(breaches()).isEqualTo(breachesBefore);
        assertThat(firstStaffReplies(question).get(0).get("latencySeconds").asLong())
                .isEqualTo(8 * 3600 - 60);
        assertThat(firstStaffReplies(question).get(0).get("slaBreached").asBoolean())
                .isFalse();
    }

    @Test
    void aReplyThatRollsBackKeepsThePromiseOpenAndMeasuresNothing() {
        long repliesBefore = firstReplies().count();
        inTransaction(replies.open(ReplyKind.QUESTION, question, "Rolled back"));
        clock.set(at("2026-03-04T10:00"));

        Mono<Void> failing = replies.staffReplied(question, staff).then(Mono.error(new IllegalStateException("boom")));
        assertThat(transaction
                        .transactional(failing)
                        .onErrorResume(e -> Mono.empty())
                        .block(WAIT))
                .isNull();

        assertThat(firstReplies().count()).isEqualTo(repliesBefore);
        assertThat(firstStaffReplies(question)).isEmpty();
        assertThat(waiting(question)).isTrue();
    }

    @Test
    void withdrawingForgetsAWaitButNotAKeptPromise() {
        UUID kept = UUID.randomUUID();
        inTransaction(replies.open(ReplyKind.QUESTION, question, "Removed by moderation"));
        inTransaction(replies.open(ReplyKind.QUESTION, kept, "Answered"));
        inTransaction(replies.staffReplied(kept, staff));

        inTransaction(replies.withdraw(question).then(replies.withdraw(kept)));

        assertThat(waiting(question)).isFalse();
        assertThat(db.sql("SELECT count(*) FROM reply_promises WHERE subject_id = ANY(:ids)")
                        .bind("ids", new UUID[] {question, kept})
                        .map(row -> row.get(0, Long.class))
                        .one()
                        .block(WAIT))
                .isEqualTo(1L);
        assertThat(firstStaffReplies(question)).isEmpty();
    }

    private io.micrometer.core.instrument.Timer firstReplies() {
        return meters.get("community.first_reply").tag("branch", "utrecht").timer();
    }

    private double breaches() {
        return meters.get("community.sla.breaches")
                .tag("branch", "utrecht")
                .counter()
                .count();
    }

    private boolean waiting(UUID subject) {
        return Boolean.TRUE.equals(db.sql(
                        "SELECT count(*) > 0 AS waiting FROM reply_promises WHERE subject_id = :id AND replied_at IS NULL")
                .bind("id", subject)
                .map(row -> row.get("waiting", Boolean.class))
                .one()
                .block(WAIT));
    }

    private List<JsonNode> firstStaffReplies(UUID subject) {
        return db.sql("SELECT payload FROM messaging.outbox WHERE type = 'activity.recorded.v1' ORDER BY seq")
                .map(row -> EventJson.read(row.get("payload", String.class)))
                .all()
                .filter(payload -> "FIRST_STAFF_REPLY"
                                .equals(payload.get("type").asString())
                        && subject.toString().equals(payload.get("subjectId").asString()))
                .collectList()
                .block(WAIT);
    }

    private void inTransaction(Mono<Void> work) {
        transaction.transactional(work).block(WAIT);
    }
}

package nl.starters.national.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Folds a batch of activities in one transaction with set-based SQL: one statement inserts the event ids
 * (a replayed id inserts nothing and so counts nothing), the distinct members, the reply waits and the
 * questions' state, and adds only the new events to the per-day, per-branch counters; then the touched
 * rows get new versions for the live stream, under a lock held until commit so versions become visible
 * in the order they were taken.
 */
@Component
class ActivityFold {

    /** Any constant: the advisory lock that orders the live stream's versions. */
    private static final long VERSION_LOCK = 7_301_001L;

    private static final String FOLD = """
            WITH incoming AS (
                SELECT * FROM unnest(CAST(:ids AS uuid[]), CAST(:days AS date[]), CAST(:branches AS text[]),
                    CAST(:types AS text[]), CAST(:members AS bigint[]), CAST(:subjects AS uuid[]),
                    CAST(:parents AS uuid[]), CAST(:latencies AS bigint[]), CAST(:breaches AS boolean[]))
                    AS i(event_id, day, branch, type, member_key, subject_id, parent_id, latency, breached)
            ),
            fresh AS (
                INSERT INTO activity_events (event_id) SELECT event_id FROM incoming
                ON CONFLICT DO NOTHING RETURNING event_id
            ),
            folded AS (SELECT incoming.* FROM incoming JOIN fresh USING (event_id)),
            members AS (
                INSERT INTO activity_members (day, branch, member_key)
                SELECT DISTINCT day, branch, member_key FROM folded WHERE member_key IS NOT NULL
                ON CONFLICT DO NOTHING RETURNING day, branch
            ),
            replies AS (
                INSERT INTO activity_replies (event_id, day, branch, latency_seconds)
                SELECT event_id, day, branch, latency FROM folded
                WHERE type = 'FIRST_STAFF_REPLY' AND latency IS NOT NULL
            ),
            questions AS (
                INSERT INTO activity_questions AS q (question_id, day, branch, answered)
                SELECT question_id, max(day), max(branch), bool_or(answered) FROM (
                    SELECT subject_id AS question_id, day, branch, false AS answered FROM folded
                    WHERE type = 'QUESTION_ASKED' AND subject_id IS NOT NULL
                    UNION ALL
                    SELECT parent_id, NULL, NULL, true FROM folded WHERE type = 'ANSWER' AND parent_id IS NOT NULL
                ) asked_or_answered
                GROUP BY question_id
                ON CONFLICT (question_id) DO UPDATE SET day = coalesce(EXCLUDED.day, q.day),
                    branch = coalesce(EXCLUDED.branch, q.branch), answered = q.answered OR EXCLUDED.answered
                RETURNING day, branch
            ),
            counts AS (
                SELECT day, branch, %s, 0 AS active_members FROM folded GROUP BY day, branch
                UNION ALL
                SELECT day, branch, %s, count(*) FROM members GROUP BY day, branch
                UNION ALL
                SELECT DISTINCT day, branch, %s, 0 FROM questions WHERE day IS NOT NULL AND branch IS NOT NULL
            )
            INSERT INTO activity_daily AS d (day, branch, %s)
            SELECT day, branch, %s FROM counts GROUP BY day, branch ORDER BY day, branch
            ON CONFLICT (day, branch) DO UPDATE SET %s
            RETURNING day, branch""".formatted(
                    DailyColumns.COUNTED.stream()
                            .map(c -> "count(*) FILTER (WHERE " + c.counts() + ") AS " + c.name())
                            .collect(Collectors.joining(", ")),
                    zeros(),
                    zeros(),
                    DailyColumns.join(c -> c),
                    DailyColumns.join(c -> "sum(" + c + ")"),
                    DailyColumns.join(c -> c + " = d." + c + " + EXCLUDED." + c));

    private static final String VERSIONS = """
            UPDATE activity_daily d SET version = nextval('activity_version')
            FROM unnest(CAST(:days AS date[]), CAST(:branches AS text[])) AS t(day, branch)
            WHERE d.day = t.day AND d.branch = t.branch""";

    private final DatabaseClient db;
    private final TransactionalOperator transaction;

    ActivityFold(DatabaseClient db, TransactionalOperator transaction) {
        this.db = db;
        this.transaction = transaction;
    }

    /** Folds the events (distinct event ids) in one transaction; events folded before count nothing. */
    Mono<Void> fold(List<FoldedEvent> events) {
        if (events.isEmpty()) {
            return Mono.empty();
        }
        Mono<Void> work = db.sql(FOLD)
                .bind("ids", events.stream().map(e -> e.eventId().toString()).toArray(String[]::new))
                .bind("days", events.stream().map(e -> e.day().toString()).toArray(String[]::new))
                .bind("branches", events.stream().map(FoldedEvent::branch).toArray(String[]::new))
                .bind("types", events.stream().map(FoldedEvent::type).toArray(String[]::new))
                .bind("members", events.stream().map(FoldedEvent::memberKey).toArray(Long[]::new))
                .bind("subjects", events.stream().map(e -> text(e.subjectId())).toArray(String[]::new))
                .bind("parents", events.stream().map(e -> text(e.parentId())).toArray(String[]::new))
                .bind(
                        "latencies",
                        events.stream().map(FoldedEvent::latencySeconds).toArray(Long[]::new))
                .bind("breaches", events.stream().map(FoldedEvent::slaBreached).toArray(Boolean[]::new))
                .map(row -> new Touched(row.get("day", LocalDate.class), row.get("branch", String.class)))
                .all()
                .collectList()
                .flatMap(this::newVersions);
        return transaction.transactional(work);
    }

    private Mono<Void> newVersions(List<Touched> touched) {
        if (touched.isEmpty()) {
            return Mono.empty();
        }
        return db.sql("SELECT pg_advisory_xact_lock(" + VERSION_LOCK + ")")
                .then()
                .then(db.sql(VERSIONS)
                        .bind(
                                "days",
                                touched.stream().map(t -> t.day().toString()).toArray(String[]::new))
                        .bind("branches", touched.stream().map(Touched::branch).toArray(String[]::new))
                        .then());
    }

    private static String zeros() {
        return DailyColumns.COUNTED.stream().map(c -> "0").collect(Collectors.joining(", "));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private record Touched(LocalDate day, String branch) {}
}

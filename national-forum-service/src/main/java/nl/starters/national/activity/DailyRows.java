package nl.starters.national.activity;

import static nl.starters.national.moderation.NationalModeration.questionServed;

import java.time.LocalDate;
import nl.starters.servicedefaults.branches.Branch;
import nl.starters.servicedefaults.branches.BranchRegistry;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads changed per-day rows with all their figures, in version order, for the live stream. */
@Component
class DailyRows {

    static final int PAGE = 1000;

    private static final String ROWS = """
            SELECT d.*,
                (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY r.latency_seconds) FROM activity_replies r
                    WHERE r.day = d.day AND r.branch = d.branch) AS median,
                (SELECT percentile_cont(0.9) WITHIN GROUP (ORDER BY r.latency_seconds) FROM activity_replies r
                    WHERE r.day = d.day AND r.branch = d.branch) AS p90,
                (SELECT count(*) FROM activity_questions aq
                    WHERE aq.day = d.day AND aq.branch = d.branch AND NOT aq.answered) AS unanswered,
                (SELECT count(*) FROM national_questions q
                    WHERE q.origin_branch = d.branch AND q.accepted_answer_id IS NULL AND %s
                    AND CAST(q.promoted_at AT TIME ZONE :zone AS date) = d.day) AS without_accepted
            FROM activity_daily d
            WHERE d.version > :after AND d.version <= :upTo AND d.day >= :since
            ORDER BY d.version LIMIT %d""".formatted(questionServed("q"), PAGE);

    private final DatabaseClient db;
    private final BranchRegistry registry;
    private final ActivityProperties properties;

    DailyRows(DatabaseClient db, BranchRegistry registry, ActivityProperties properties) {
        this.db = db;
        this.registry = registry;
        this.properties = properties;
    }

    /** The newest version of any row (0 when nothing was folded yet). */
    Mono<Long> latestVersion() {
        return db.sql("SELECT coalesce(max(version), 0) AS v FROM activity_daily")
                .map(row -> row.get("v", Long.class))
                .one();
    }

    /** Every row whose version is in (after, upTo], of days from {@code since}, a page at a time. */
    Flux<DailyActivity> allChanged(long after, long upTo, LocalDate since) {
        return changed(after, upTo, since)
                .collectList()
                .expand(page -> page.size() < PAGE
                        ? Mono.empty()
                        : changed(page.get(page.size() - 1).version(), upTo, since)
                                .collectList())
                .flatMapIterable(page -> page);
    }

    /** Up to a page of rows whose version is in (after, upTo], of days from {@code since}. */
    Flux<DailyActivity> changed(long after, long upTo, LocalDate since) {
        return db.sql(ROWS)
                .bind("after", after)
                .bind("upTo", upTo)
                .bind("since", since)
                .bind("zone", properties.zone().getId())
                .map(row -> {
                    String branch = row.get("branch", String.class);
                    Branch known = registry.find(branch).orElse(null);
                    Long members = row.get("active_members", Long.class);
                    return new DailyActivity(
                            row.get("version", Long.class),
                            row.get("day", LocalDate.class),
                            branch,
                            known == null ? branch : known.name(),
                            known == null ? null : known.region(),
                            ActivityFigures.of(
                                    Counts.daily(row),
                                    new Spread(
                                            members == null ? 0 : members,
                                            row.get("median", Double.class),
                                            row.get("p90", Double.class))));
                })
                .all();
    }
}

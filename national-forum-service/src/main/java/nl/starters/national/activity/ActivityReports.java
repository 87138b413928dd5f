package nl.starters.national.activity;

import static nl.starters.national.moderation.NationalModeration.questionServed;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.starters.servicedefaults.branches.Branch;
import nl.starters.servicedefaults.branches.BranchRegistry;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Reads the folded activity of a period: additive counts per branch (summed into regions and totals
 * here), and distinct members and reply-wait percentiles per branch, region and in total in SQL
 * (grouping sets), since those do not add up.
 */
@Component
class ActivityReports {

    private static final String COUNTS = """
            WITH daily AS (
                SELECT branch, %s FROM activity_daily WHERE day BETWEEN :from AND :to GROUP BY branch
            ),
            unanswered AS (
                SELECT branch, count(*) AS unanswered FROM activity_questions
                WHERE NOT answered AND branch IS NOT NULL AND day BETWEEN :from AND :to GROUP BY branch
            ),
            open_national AS (
                SELECT q.origin_branch AS branch, count(*) AS without_accepted FROM national_questions q
                WHERE q.accepted_answer_id IS NULL AND %s
                    AND CAST(q.promoted_at AT TIME ZONE :zone AS date) BETWEEN :from AND :to
                GROUP BY q.origin_branch
            )
            SELECT * FROM daily FULL JOIN unanswered USING (branch) FULL JOIN open_national USING (branch)""".formatted(
                    DailyColumns.COUNTED.stream()
                            .map(c -> "sum(" + c.name() + ") AS " + c.name())
                            .collect(Collectors.joining(", ")),
                    questionServed("q"));

    private static final String SPREAD = """
            WITH regions AS (
                SELECT * FROM unnest(CAST(:ids AS text[]), CAST(:regions AS text[])) AS r(branch, region)
            )
            SELECT GROUPING(s.branch) AS all_branches, GROUPING(r.region) AS all_regions, s.branch, r.region, %s
            FROM %s s LEFT JOIN regions r ON r.branch = s.branch
            WHERE s.day BETWEEN :from AND :to
            GROUP BY GROUPING SETS ((s.branch), (r.region), ())""";

    private static final String MEMBERS = SPREAD.formatted("count(DISTINCT s.member_key) AS n", "activity_members");
    private static final String WAITS = SPREAD.formatted(
            "percentile_cont(0.5) WITHIN GROUP (ORDER BY s.latency_seconds) AS median,"
                    + " percentile_cont(0.9) WITHIN GROUP (ORDER BY s.latency_seconds) AS p90",
            "activity_replies");

    private final DatabaseClient db;
    private final BranchRegistry registry;
    private final ActivityProperties properties;

    ActivityReports(DatabaseClient db, BranchRegistry registry, ActivityProperties properties) {
        this.db = db;
        this.registry = registry;
        this.properties = properties;
    }

    Mono<ActivityReport> report(LocalDate from, LocalDate to) {
        Mono<Map<String, Counts>> counts = db.sql(COUNTS)
                .bind("from", from)
                .bind("to", to)
                .bind("zone", properties.zone().getId())
                .map(row -> Map.entry(row.get("branch", String.class), Counts.daily(row)))
                .all()
                .collectMap(Map.Entry::getKey, Map.Entry::getValue);
        Mono<Map<String, Long>> members =
                spread(MEMBERS, from, to, row -> row.get("n", Number.class).longValue());
        Mono<Map<String, Double[]>> waits = spread(WAITS, from, to, row ->
                new Double[] {row.get("median", Double.class), row.get("p90", Double.class)});
        return Mono.zip(counts, members, waits)
                .map(all -> new ReportAssembly(registry, all.getT1(), all.getT2(), all.getT3())
                        .report(from, to, properties.zone().getId()));
    }

    private <T> Mono<Map<String, T>> spread(
            String sql, LocalDate from, LocalDate to, Function<io.r2dbc.spi.Readable, T> value) {
        List<Branch> branches = registry.branches();
        return db.sql(sql)
                .bind("ids", branches.stream().map(Branch::id).toArray(String[]::new))
                .bind("regions", branches.stream().map(Branch::region).toArray(String[]::new))
                .bind("from", from)
                .bind("to", to)
                .map(row -> new Keyed<>(ReportAssembly.key(row), value.apply(row)))
                .all()
                .filter(keyed -> keyed.key() != null)
                .collect(HashMap::new, (map, keyed) -> map.put(keyed.key(), keyed.value()));
    }

    /** A grouping-set row: its key may be null (branches outside the registry), its value too. */
    private record Keyed<T>(String key, T value) {}
}

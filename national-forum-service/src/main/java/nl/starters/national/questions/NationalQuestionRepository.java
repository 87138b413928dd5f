package nl.starters.national.questions;

import static nl.starters.national.moderation.NationalModeration.questionServed;
import static nl.starters.national.moderation.NationalModeration.visible;
import static nl.starters.national.moderation.NationalModeration.visibleOrNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import nl.starters.servicedefaults.web.PageRequest;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Lists the questions the branches share (withdrawn, removed and hidden copies never appear).
 * Trending: questions promoted or answered in the last {@value #TRENDING_DAYS} days, most answers in those
 * days first, then the most recent activity.
 */
@Repository
class NationalQuestionRepository {

    static final int TRENDING_DAYS = 14;

    private static final String TRENDING = " AND (q.promoted_at >= :since OR EXISTS (SELECT 1 FROM national_answers a"
            + " WHERE a.question_id = q.id AND a.posted_at >= :since))";

    private final DatabaseClient db;
    private final Clock clock;

    NationalQuestionRepository(DatabaseClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    Flux<Row> find(QuestionFilter filter, PageRequest page) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, params);
        params.put("since", clock.instant().minus(Duration.ofDays(TRENDING_DAYS)));
        params.put("limit", page.size());
        params.put("offset", page.offset());
        String order = filter.trending()
                ? "s.recent_answers DESC, greatest(q.promoted_at, s.last_answer) DESC, q.id DESC"
                : "q.promoted_at DESC, q.id DESC";
        String sql = "SELECT q.id, q.origin_branch, q.title, q.tags, q.promoted_at, "
                + visibleOrNull("q.accepted_answer_id") + " AS accepted_answer_id,"
                + " s.answer_count FROM national_questions q CROSS JOIN LATERAL (SELECT count(*) AS answer_count,"
                + " count(*) FILTER (WHERE a.posted_at >= :since) AS recent_answers, max(a.posted_at) AS last_answer"
                + " FROM national_answers a WHERE a.question_id = q.id AND " + visible("a.id") + ") s"
                + " WHERE " + where + (filter.trending() ? TRENDING : "")
                + " ORDER BY " + order + " LIMIT :limit OFFSET :offset";
        return bind(db.sql(sql), params)
                .map(row -> new Row(
                        row.get("id", UUID.class),
                        row.get("origin_branch", String.class),
                        row.get("title", String.class),
                        List.of(row.get("tags", String[].class)),
                        row.get("promoted_at", Instant.class),
                        row.get("answer_count", Long.class),
                        row.get("accepted_answer_id", UUID.class) != null))
                .all();
    }

    Mono<Long> count(QuestionFilter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, params);
        if (filter.trending()) {
            params.put("since", clock.instant().minus(Duration.ofDays(TRENDING_DAYS)));
            where += TRENDING;
        }
        return bind(db.sql("SELECT count(*) FROM national_questions q WHERE " + where), params)
                .map(row -> row.get(0, Long.class))
                .one();
    }

    private static String where(QuestionFilter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(questionServed("q"));
        if (filter.branches() != null) {
            where.append(" AND q.origin_branch = ANY(:branches)");
            params.put("branches", filter.branches().toArray(String[]::new));
        }
        if (filter.tag() != null) {
            where.append(" AND q.tags @> ARRAY[:tag]::text[]");
            params.put("tag", filter.tag());
        }
        return where.toString();
    }

    private static GenericExecuteSpec bind(GenericExecuteSpec spec, Map<String, Object> params) {
        GenericExecuteSpec bound = spec;
        for (Map.Entry<String, Object> param : params.entrySet()) {
            bound = bound.bind(param.getKey(), param.getValue());
        }
        return bound;
    }

    /** A list row before the region is added from the registry. */
    record Row(
            UUID id,
            String originBranch,
            String title,
            List<String> tags,
            Instant promotedAt,
            long answerCount,
            boolean answered) {

        NationalQuestionSummary withRegion(Function<String, String> regionOf) {
            return new NationalQuestionSummary(
                    id, originBranch, regionOf.apply(originBranch), title, tags, promotedAt, answerCount, answered);
        }
    }
}

package nl.starters.national.moderation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.starters.servicedefaults.web.PageRequest;
import nl.starters.servicedefaults.web.PageView;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The coordinators' queue: national content hidden by flags, oldest first. */
@Component
class ModerationQueue {

    private final DatabaseClient db;

    ModerationQueue(DatabaseClient db) {
        this.db = db;
    }

    Mono<PageView<ModerationItem>> page(PageRequest page) {
        Mono<List<ModerationItem>> items = db.sql("""
                        SELECT m.subject_id, m.kind, m.state, m.changed_at,
                            coalesce(q.title, left(a.body, 200)) AS excerpt,
                            coalesce(q.asker_id, a.author_id) AS author_id,
                            (SELECT count(*) FROM national_flags f WHERE f.subject_id = m.subject_id) AS flags,
                            (SELECT coalesce(array_agg(f.reason ORDER BY f.flagged_at), '{}') FROM national_flags f
                                WHERE f.subject_id = m.subject_id) AS reasons
                        FROM national_moderation m
                        LEFT JOIN national_questions q ON m.kind = 'QUESTION' AND q.id = m.subject_id
                        LEFT JOIN national_answers a ON m.kind = 'ANSWER' AND a.id = m.subject_id
                        WHERE m.state = 'HIDDEN'
                        ORDER BY m.changed_at, m.subject_id
                        LIMIT :limit OFFSET :offset""")
                .bind("limit", page.size())
                .bind("offset", page.offset())
                .map(row -> new ModerationItem(
                        ContentKind.valueOf(row.get("kind", String.class)),
                        row.get("subject_id", UUID.class),
                        row.get("excerpt", String.class),
                        row.get("author_id", UUID.class),
                        row.get("flags", Long.class),
                        List.of(row.get("reasons", String[].class)),
                        row.get("state", String.class),
                        row.get("changed_at", Instant.class)))
                .all()
                .collectList();
        Mono<Long> total = db.sql("SELECT count(*) FROM national_moderation WHERE state = 'HIDDEN'")
                .map(row -> row.get(0, Long.class))
                .one();
        return Mono.zip(items, total).map(both -> new PageView<>(both.getT1(), page.page(), page.size(), both.getT2()));
    }
}

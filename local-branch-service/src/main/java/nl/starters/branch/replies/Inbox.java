package nl.starters.branch.replies;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import nl.starters.servicedefaults.web.PageRequest;
import nl.starters.servicedefaults.web.PageView;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The staff inbox: what still waits for a first staff reply, oldest first. Due moments are worked out
 * when read, so a holiday added to the configuration applies to everything already waiting.
 */
@Component
class Inbox {

    private final DatabaseClient db;
    private final SlaPolicy sla;
    private final Clock clock;

    Inbox(DatabaseClient db, SlaPolicy sla, Clock clock) {
        this.db = db;
        this.sla = sla;
        this.clock = clock;
    }

    Mono<PageView<InboxItem>> waiting(PageRequest page) {
        Instant now = clock.instant();
        var items = db.sql("""
                        SELECT subject_id, kind, title, waiting_since FROM reply_promises
                        WHERE replied_at IS NULL ORDER BY waiting_since, subject_id LIMIT :limit OFFSET :offset""")
                .bind("limit", page.size())
                .bind("offset", page.offset())
                .map(row -> item(
                        row.get("subject_id", UUID.class),
                        ReplyKind.valueOf(row.get("kind", String.class)),
                        row.get("title", String.class),
                        row.get("waiting_since", Instant.class),
                        now))
                .all()
                .collectList();
        var total = db.sql("SELECT count(*) FROM reply_promises WHERE replied_at IS NULL")
                .map(row -> row.get(0, Long.class))
                .one();
        return Mono.zip(items, total)
                .map(result -> new PageView<>(result.getT1(), page.page(), page.size(), result.getT2()));
    }

    private InboxItem item(UUID id, ReplyKind kind, String title, Instant waitingSince, Instant now) {
        Instant dueAt = sla.dueAt(waitingSince);
        Duration left = sla.workingTimeLeft(dueAt, now).truncatedTo(ChronoUnit.SECONDS);
        return new InboxItem(id, kind, title, waitingSince, dueAt, sla.state(left), iso(left));
    }

    /** {@code -PT1H30M} rather than Java's {@code PT-1H-30M}: the sign in front, as ISO 8601-2 writes it. */
    static String iso(Duration duration) {
        return duration.isNegative() ? "-" + duration.negated() : duration.toString();
    }
}

package nl.starters.branch.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import nl.starters.servicedefaults.ids.Ids;
import nl.starters.servicedefaults.web.PageRequest;
import nl.starters.servicedefaults.web.PageView;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Tells a member something. Features call {@link #notify} inside the transaction of the write that
 * causes it, so a notification exists exactly when its cause does.
 */
@Component
public class Notifications {

    private final DatabaseClient db;
    private final Clock clock;

    Notifications(DatabaseClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Mono<Void> notify(UUID memberId, NotificationType type, UUID subjectId, String text) {
        return db.sql("""
                        INSERT INTO notifications (id, member_id, type, subject_id, text, created_at)
                        VALUES (:id, :member, :type, :subject, :text, :at)""")
                .bind("id", Ids.newId())
                .bind("member", memberId)
                .bind("type", type.name())
                .bind("subject", subjectId)
                .bind("text", text.length() > 500 ? text.substring(0, 497) + "..." : text)
                .bind("at", clock.instant())
                .then();
    }

    Mono<PageView<Notification>> of(UUID memberId, boolean unreadOnly, PageRequest page) {
        String filter = unreadOnly ? " AND read_at IS NULL" : "";
        var items = db.sql("SELECT id, type, subject_id, text, created_at, read_at FROM notifications"
                        + " WHERE member_id = :member" + filter
                        + " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .bind("member", memberId)
                .bind("limit", page.size())
                .bind("offset", page.offset())
                .map(row -> new Notification(
                        row.get("id", UUID.class),
                        NotificationType.valueOf(row.get("type", String.class)),
                        row.get("subject_id", UUID.class),
                        row.get("text", String.class),
                        row.get("created_at", Instant.class),
                        row.get("read_at", Instant.class) != null))
                .all()
                .collectList();
        var total = db.sql("SELECT count(*) FROM notifications WHERE member_id = :member" + filter)
                .bind("member", memberId)
                .map(row -> row.get(0, Long.class))
                .one();
        return Mono.zip(items, total)
                .map(result -> new PageView<>(result.getT1(), page.page(), page.size(), result.getT2()));
    }

    /** Marks one of the member's notifications read; empty when the member has no such notification. */
    Mono<Boolean> markRead(UUID memberId, UUID id) {
        return db.sql(
                        "UPDATE notifications SET read_at = coalesce(read_at, :now) WHERE id = :id AND member_id = :member")
                .bind("now", clock.instant())
                .bind("id", id)
                .bind("member", memberId)
                .fetch()
                .rowsUpdated()
                .filter(updated -> updated > 0)
                .map(updated -> true);
    }

    Mono<Long> markAllRead(UUID memberId) {
        return db.sql("UPDATE notifications SET read_at = :now WHERE member_id = :member AND read_at IS NULL")
                .bind("now", clock.instant())
                .bind("member", memberId)
                .fetch()
                .rowsUpdated();
    }
}

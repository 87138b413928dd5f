package nl.starters.servicedefaults.outbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The relay's statements on {@code messaging.outbox}; they run inside the batch's transaction. */
class OutboxTable {

    private static final long LOCK_KEY = 0x6f7574626f78L; // "outbox"

    private static final String PENDING = """
            SELECT id, topic, key, type, payload, occurred_at, traceparent FROM messaging.outbox
            WHERE published_at IS NULL AND failed_at IS NULL ORDER BY seq LIMIT :limit""";

    private final DatabaseClient database;

    OutboxTable(DatabaseClient database) {
        this.database = database;
    }

    /** Takes the outbox's lock until the transaction ends, unless another instance holds it. */
    Mono<Boolean> tryLock() {
        return database.sql("SELECT pg_try_advisory_xact_lock(:key) AS locked")
                .bind("key", LOCK_KEY)
                .map(row -> Boolean.TRUE.equals(row.get("locked", Boolean.class)))
                .one();
    }

    /** The oldest unpublished rows, in the order they were written. */
    Mono<List<OutboxRow>> pending(int limit) {
        return database.sql(PENDING)
                .bind("limit", limit)
                .map(row -> new OutboxRow(
                        row.get("id", UUID.class),
                        row.get("topic", String.class),
                        row.get("key", String.class),
                        row.get("type", String.class),
                        row.get("payload", String.class),
                        row.get("occurred_at", Instant.class),
                        row.get("traceparent", String.class)))
                .all()
                .collectList();
    }

    /** Marks the acknowledged rows published, counts an attempt on the others, sets aside the hopeless. */
    Mono<Void> mark(SendOutcome outcome) {
        String error = String.valueOf(outcome.firstError());
        Mono<Void> published = outcome.published().isEmpty()
                ? Mono.empty()
                : database.sql("UPDATE messaging.outbox SET published_at = now() WHERE id = ANY(:ids)")
                        .bind("ids", ids(outcome.published()))
                        .then();
        Mono<Void> retried = outcome.retry().isEmpty()
                ? Mono.empty()
                : database.sql("UPDATE messaging.outbox SET attempts = attempts + 1, last_error = :error"
                                + " WHERE id = ANY(:ids)")
                        .bind("error", error)
                        .bind("ids", ids(outcome.retry()))
                        .then();
        Mono<Void> setAside = Flux.fromIterable(outcome.permanent())
                .concatMap(row -> database.sql("UPDATE messaging.outbox SET attempts = attempts + 1,"
                                + " failed_at = now(), last_error = :error WHERE id = :id")
                        .bind("error", error)
                        .bind("id", row.id())
                        .then())
                .then();
        return published.then(retried).then(setAside);
    }

    private static UUID[] ids(List<OutboxRow> rows) {
        return rows.stream().map(OutboxRow::id).toArray(UUID[]::new);
    }
}

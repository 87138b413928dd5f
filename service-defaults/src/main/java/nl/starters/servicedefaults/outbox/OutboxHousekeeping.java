package nl.starters.servicedefaults.outbox;

import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads the pending count and the oldest unpublished row for the metrics, and deletes published rows
 * once they are older than the retention, so the outbox stays small.
 */
class OutboxHousekeeping implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxHousekeeping.class);

    private final DatabaseClient database;
    private final OutboxProperties properties;
    private final OutboxMetrics metrics;
    private volatile Disposable running;

    OutboxHousekeeping(DatabaseClient database, OutboxProperties properties, OutboxMetrics metrics) {
        this.database = database;
        this.properties = properties;
        this.metrics = metrics;
    }

    @Override
    public void start() {
        running = Disposables.composite(
                Flux.interval(properties.metricsInterval())
                        .onBackpressureDrop()
                        .concatMap(tick -> readPending().onErrorResume(this::skip))
                        .subscribe(),
                Flux.interval(properties.cleanupInterval())
                        .onBackpressureDrop()
                        .concatMap(
                                tick -> deletePublished(properties.retention()).onErrorResume(this::skip))
                        .subscribe());
    }

    Mono<Void> readPending() {
        return database.sql("SELECT count(*) AS pending, min(occurred_at) AS oldest FROM messaging.outbox"
                        + " WHERE published_at IS NULL AND failed_at IS NULL")
                .map(row -> {
                    metrics.pending(row.get("pending", Long.class), row.get("oldest", Instant.class));
                    return true;
                })
                .one()
                .then();
    }

    /** Deletes rows published longer ago than the retention; answers how many. */
    Mono<Long> deletePublished(Duration retention) {
        return database.sql("DELETE FROM messaging.outbox"
                        + " WHERE published_at < now() - make_interval(secs => :seconds)")
                .bind("seconds", retention.toMillis() / 1000.0)
                .fetch()
                .rowsUpdated();
    }

    private <T> Mono<T> skip(Throwable error) {
        log.debug("Outbox housekeeping skipped: {}", error.toString());
        return Mono.empty();
    }

    @Override
    public void stop() {
        if (running != null) {
            running.dispose();
        }
    }

    @Override
    public boolean isRunning() {
        return running != null && !running.isDisposed();
    }
}

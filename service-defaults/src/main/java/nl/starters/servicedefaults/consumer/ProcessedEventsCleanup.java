package nl.starters.servicedefaults.consumer;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Forgets processed event ids once no topic can deliver those events again (after the retention). */
class ProcessedEventsCleanup implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ProcessedEventsCleanup.class);

    private final DatabaseClient database;
    private final ConsumerProperties properties;
    private volatile Disposable running;

    ProcessedEventsCleanup(DatabaseClient database, ConsumerProperties properties) {
        this.database = database;
        this.properties = properties;
    }

    @Override
    public void start() {
        running = Flux.interval(properties.cleanupInterval())
                .onBackpressureDrop()
                .concatMap(tick -> deleteExpired(properties.processedRetention())
                        .onErrorResume(e -> {
                            log.debug("Processed events cleanup skipped: {}", e.toString());
                            return Mono.empty();
                        }))
                .subscribe();
    }

    /** Deletes the ids of events processed longer ago than the retention; answers how many. */
    Mono<Long> deleteExpired(Duration retention) {
        return database.sql("DELETE FROM messaging.processed_events"
                        + " WHERE processed_at < now() - make_interval(secs => :seconds)")
                .bind("seconds", retention.toMillis() / 1000.0)
                .fetch()
                .rowsUpdated();
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

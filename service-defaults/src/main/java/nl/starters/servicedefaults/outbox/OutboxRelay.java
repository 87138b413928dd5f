package nl.starters.servicedefaults.outbox;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.util.retry.Retry;

/**
 * Publishes committed outbox rows promptly: woken by each commit's notification (and a slow safety
 * poll), it drains the outbox batch by batch; while Kafka or the database is away it backs off
 * exponentially and keeps trying. Wake-ups that arrive while it drains fold into one more drain.
 */
class OutboxRelay implements SmartLifecycle, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final OutboxBatch batch;
    private final OutboxNotifications notifications;
    private final OutboxProperties properties;
    private final Scheduler sender;
    private volatile Disposable running;

    OutboxRelay(OutboxBatch batch, OutboxNotifications notifications, OutboxProperties properties, Scheduler sender) {
        this.batch = batch;
        this.notifications = notifications;
        this.properties = properties;
        this.sender = sender;
    }

    @Override
    public void start() {
        // the relay's one long-lived subscription; stop() disposes it
        running = Flux.merge(notifications.signals(), Flux.interval(Duration.ZERO, properties.safetyPoll()))
                .onBackpressureLatest()
                .concatMap(wakeUp -> drain(), 1)
                .subscribe();
    }

    /** Publishes batches until the outbox is empty (or another instance holds the lock). */
    Mono<Void> drain() {
        return Mono.defer(batch::publishNext)
                .expand(size -> size >= properties.batchSize() ? Mono.defer(batch::publishNext) : Mono.empty())
                .then()
                .retryWhen(Retry.backoff(Long.MAX_VALUE, properties.retryMin())
                        .maxBackoff(properties.retryMax())
                        .doBeforeRetry(signal -> log.warn(
                                "Outbox not published (attempt {}), retrying with back-off: {}",
                                signal.totalRetries() + 1,
                                signal.failure().toString())))
                .onErrorResume(e -> Mono.empty());
    }

    @Override
    public void stop() {
        Disposable current = running;
        if (current != null) {
            current.dispose();
        }
    }

    /** The scheduler outlives stop(): a stopped context (a paused test context, too) may be started again. */
    @Override
    public void destroy() {
        sender.dispose();
    }

    @Override
    public boolean isRunning() {
        Disposable current = running;
        return current != null && !current.isDisposed();
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000; // stops before the web server's graceful shutdown ends
    }
}

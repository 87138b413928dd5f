package nl.starters.servicedefaults.housekeeping;

import java.time.Duration;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.SmartLifecycle;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Housekeeping that runs every so often while the service runs (deleting what is over): one run at a
 * time, a run that fails is logged and the next one tries again. Every replica runs it, so the work
 * must be harmless to do twice (a {@code DELETE ... WHERE} is).
 */
public abstract class PeriodicTask implements SmartLifecycle {

    private static final Log log = LogFactory.getLog(PeriodicTask.class);

    private final String name;
    private final Duration interval;
    private volatile Disposable running;

    protected PeriodicTask(String name, Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException(name + ": the interval must be positive, not " + interval);
        }
        this.name = name;
        this.interval = interval;
    }

    @Override
    public void start() {
        running = Flux.interval(interval)
                .onBackpressureDrop()
                .concatMap(tick -> Mono.defer(this::runOnce).onErrorResume(error -> {
                    log.warn(name + " skipped this time: " + error);
                    return Mono.empty();
                }))
                .subscribe();
    }

    /** One run of the work. */
    protected abstract Mono<?> runOnce();

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

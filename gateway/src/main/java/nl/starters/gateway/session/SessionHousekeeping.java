package nl.starters.gateway.session;

import java.time.Clock;
import java.time.Instant;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Deletes sessions that are over (nobody came back to them) and revokes their refresh tokens, so the
 * store holds only live sessions. Every replica does it; the DELETE makes that harmless.
 */
@Component
class SessionHousekeeping implements SmartLifecycle {

    private static final Log log = LogFactory.getLog(SessionHousekeeping.class);

    private final SessionRepository repository;
    private final Sessions sessions;
    private final SessionProperties properties;
    private final Clock clock;
    private volatile Disposable running;

    SessionHousekeeping(SessionRepository repository, Sessions sessions, SessionProperties properties, Clock clock) {
        this.repository = repository;
        this.sessions = sessions;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void start() {
        running = Flux.interval(properties.cleanupInterval())
                .onBackpressureDrop()
                .concatMap(tick -> deleteOver().onErrorResume(error -> {
                    log.debug("Session cleanup skipped: " + error);
                    return Mono.empty();
                }))
                .subscribe();
    }

    Mono<Void> deleteOver() {
        Instant now = clock.instant();
        return repository
                .deleteOver(now.minus(properties.idleTimeout()), now.minus(properties.absoluteTimeout()))
                .concatMap(sessions::revoke)
                .then();
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

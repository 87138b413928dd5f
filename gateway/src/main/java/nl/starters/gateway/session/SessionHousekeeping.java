package nl.starters.gateway.session;

import java.time.Clock;
import java.time.Instant;
import nl.starters.servicedefaults.housekeeping.PeriodicTask;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Deletes sessions that are over (nobody came back to them) and revokes their refresh tokens, so the
 * store holds only live sessions. Every replica does it; the DELETE makes that harmless.
 */
@Component
class SessionHousekeeping extends PeriodicTask {

    private final SessionRepository repository;
    private final Sessions sessions;
    private final SessionProperties properties;
    private final Clock clock;

    SessionHousekeeping(SessionRepository repository, Sessions sessions, SessionProperties properties, Clock clock) {
        super("Session cleanup", properties.cleanupInterval());
        this.repository = repository;
        this.sessions = sessions;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    protected Mono<Void> runOnce() {
        return deleteOver();
    }

    Mono<Void> deleteOver() {
        Instant now = clock.instant();
        return repository
                .deleteOver(now.minus(properties.idleTimeout()), now.minus(properties.absoluteTimeout()))
                .concatMap(sessions::revoke)
                .then();
    }
}

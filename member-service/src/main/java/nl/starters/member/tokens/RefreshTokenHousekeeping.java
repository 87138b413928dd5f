package nl.starters.member.tokens;

import java.time.Clock;
import nl.starters.servicedefaults.housekeeping.PeriodicTask;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Deletes refresh tokens whose login session is over, so the table holds only what can still be spent
 * or replayed (a replayed token must still find its family to revoke it, hence not earlier).
 */
@Component
class RefreshTokenHousekeeping extends PeriodicTask {

    private final RefreshTokenRepository repository;
    private final Clock clock;

    RefreshTokenHousekeeping(RefreshTokenRepository repository, TokenProperties properties, Clock clock) {
        super("Refresh token cleanup", properties.cleanupInterval());
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    protected Mono<Long> runOnce() {
        return repository.deleteExpired(clock.instant());
    }
}

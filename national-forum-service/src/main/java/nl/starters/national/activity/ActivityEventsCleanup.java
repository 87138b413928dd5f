package nl.starters.national.activity;

import java.time.Clock;
import java.time.LocalDate;
import nl.starters.servicedefaults.housekeeping.PeriodicTask;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Forgets folded event ids once the topic can no longer deliver those events again (they are kept
 * {@code event-retention}, longer than activity.v1's seven days); the figures themselves stay.
 */
@Component
class ActivityEventsCleanup extends PeriodicTask {

    private final DatabaseClient db;
    private final ActivityProperties properties;
    private final Clock clock;

    ActivityEventsCleanup(DatabaseClient db, ActivityProperties properties, Clock clock) {
        super("activity event ids cleanup", properties.cleanupInterval());
        this.db = db;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    protected Mono<Long> runOnce() {
        LocalDate before =
                LocalDate.now(clock).minusDays(properties.eventRetention().toDays());
        return db.sql("DELETE FROM activity_events WHERE folded_on < :before")
                .bind("before", before)
                .fetch()
                .rowsUpdated();
    }
}

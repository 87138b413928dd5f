package nl.starters.gateway.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

/** The gateway's clock in tests: stands still until a test moves it on. */
public final class MutableClock extends Clock {

    private final AtomicReference<Instant> now = new AtomicReference<>(realNow());

    public void advance(Duration duration) {
        now.updateAndGet(instant -> instant.plus(duration));
    }

    /** Back to the real time (tokens from {@code TestIdentity} are valid from the real time on). */
    public void reset() {
        now.set(realNow());
    }

    /** In whole milliseconds: PostgreSQL keeps microseconds and would round a nanosecond time up. */
    private static Instant realNow() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}

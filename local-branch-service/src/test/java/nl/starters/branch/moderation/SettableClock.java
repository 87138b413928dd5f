package nl.starters.branch.moderation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** The service's clock in these tests: real time until a test sets it, then still until moved. */
public class SettableClock extends Clock {

    private final AtomicReference<Instant> now = new AtomicReference<>();

    public void set(Instant instant) {
        now.set(instant);
    }

    public void advance(java.time.Duration duration) {
        now.updateAndGet(current -> (current == null ? Instant.now() : current).plus(duration));
    }

    @Override
    public Instant instant() {
        Instant fixed = now.get();
        return fixed == null ? Instant.now() : fixed;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the service's clock is UTC");
    }
}

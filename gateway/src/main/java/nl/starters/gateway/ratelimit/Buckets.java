package nl.starters.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Token buckets by key (a username, an address, a member), created on first use and forgotten after
 * ten idle minutes (by then a bucket is full again, so forgetting it changes nothing). Time comes from
 * the shared {@link Clock}.
 */
final class Buckets {

    private static final int MOST_KEYS = 100_000;

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(MOST_KEYS)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();
    private final int capacity;
    private final int refillPerMinute;
    private final TimeMeter time;

    Buckets(int capacity, int refillPerMinute, Clock clock) {
        this.capacity = capacity;
        this.refillPerMinute = refillPerMinute;
        this.time = new ClockTime(clock);
    }

    Bucket of(String key) {
        return buckets.get(
                key,
                unused -> Bucket.builder()
                        .addLimit(
                                limit -> limit.capacity(capacity).refillGreedy(refillPerMinute, Duration.ofMinutes(1)))
                        .withCustomTimePrecision(time)
                        .build());
    }

    /** The bucket if the key has one, without making one for a key that never spent anything. */
    Bucket existing(String key) {
        return buckets.getIfPresent(key);
    }

    private record ClockTime(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}

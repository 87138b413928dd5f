package nl.starters.bench.activity;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Sends activity.v1 records at a target rate (the 150 branches' relays together) from one paced thread, and
 * keeps, per partition, the offset and timestamp of every acknowledged record, so the lag of a consumer in
 * seconds is "now − timestamp of the record at its committed offset".
 */
final class ActivityLoad implements AutoCloseable {

    private static final long TICK = Duration.ofMillis(5).toNanos();

    private final KafkaProducer<String, String> producer;
    private final ActivityMix mix;
    private final AckLog[] partitions;
    private final AtomicLong failed = new AtomicLong();
    private long sent;

    ActivityLoad(String kafka, ActivityMix mix, int partitions) {
        this.producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        kafka,
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                        true,
                        // 150 relays' traffic through one producer: batches as a busy relay's would be
                        ProducerConfig.LINGER_MS_CONFIG,
                        5,
                        ProducerConfig.BATCH_SIZE_CONFIG,
                        128 * 1024),
                new StringSerializer(),
                new StringSerializer());
        this.mix = mix;
        this.partitions = new AckLog[partitions];
        for (int i = 0; i < partitions; i++) {
            this.partitions[i] = new AckLog();
        }
    }

    /** Sends at {@code perSecond} for {@code duration}; returns when the last was handed to the producer. */
    void run(int perSecond, Duration duration) {
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        long first = sent;
        for (long now = start; now < end; now = System.nanoTime()) {
            long due = first + (long) ((now - start) / 1e9 * perSecond);
            while (sent < due) {
                producer.send(mix.next(), (metadata, error) -> {
                    if (error != null) {
                        failed.incrementAndGet();
                    } else {
                        partitions[metadata.partition()].add(metadata.offset(), metadata.timestamp());
                    }
                });
                sent++;
            }
            LockSupport.parkNanos(TICK);
        }
        producer.flush();
    }

    long sent() {
        return sent;
    }

    long failed() {
        return failed.get();
    }

    /** The next offset after the last acknowledged record of a partition (0 when none). */
    long end(int partition) {
        return partitions[partition].end();
    }

    /** When the record at {@code offset} (or the first after it) was produced, in epoch ms; -1 if none. */
    long producedAt(int partition, long offset) {
        return partitions[partition].timeAt(offset);
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }

    /** Offsets and timestamps of a partition's acknowledged records, in offset order (one producer). */
    private static final class AckLog {
        private long[] offsets = new long[1 << 16];
        private long[] times = new long[1 << 16];
        private int size;

        synchronized void add(long offset, long time) {
            if (size == offsets.length) {
                offsets = Arrays.copyOf(offsets, size * 2);
                times = Arrays.copyOf(times, size * 2);
            }
            offsets[size] = offset;
            times[size++] = time;
        }

        synchronized long end() {
            return size == 0 ? 0 : offsets[size - 1] + 1;
        }

        synchronized long timeAt(long offset) {
            int index = Arrays.binarySearch(offsets, 0, size, offset);
            int at = index >= 0 ? index : -index - 1;
            return at < size ? times[at] : -1;
        }
    }
}

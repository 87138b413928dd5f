package nl.starters.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import reactor.core.publisher.Flux;

/**
 * The outbox relay measured: latency from a transaction's commit to the broker's acknowledgement of its
 * event (p50/p99 over N events written one per transaction at a steady rate), the sustained rate with
 * writers going as fast as they can, the rate at which the relay drains a backlog, and Kafka's own
 * EndToEndLatency on the same broker in the same run. Usage: RelayBenchmark [events].
 */
public final class RelayBenchmark {

    private static final int PACED_RATE = 500;
    private static final int LOADED_WRITERS = 4;

    private RelayBenchmark() {}

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        quiet();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
                connection.createStatement().execute("CREATE DATABASE bench");
            }
            var broker = new EmbeddedKafkaKraftBroker(1, 6);
            broker.afterPropertiesSet();
            String kafka = broker.getBrokersAsString();
            try (var app = new SpringApplicationBuilder(BenchApplication.class)
                    .properties("bench.db.port=" + postgres.getPort(), "bench.kafka=" + kafka)
                    .run()) {
                var writer = app.getBean(BenchApplication.Writer.class);
                paced(writer, kafka, 0, 3_000, 1_000); // warm-up, not reported
                Latencies paced = paced(writer, kafka, 10_000_000, events, PACED_RATE);
                long start = System.nanoTime();
                Latencies loaded = loaded(writer, kafka, 20_000_000, 2 * events);
                double sustained = 2.0 * events / seconds(start, lastAck());
                double drained = backlog(writer, kafka, 30_000_000, 2 * events);
                var kafkaOwn = KafkaEndToEnd.run(kafka, events, 160);
                report(events, paced, loaded, sustained, drained, kafkaOwn);
            } finally {
                broker.destroy();
            }
        }
        System.exit(0);
    }

    /** Events one per transaction at a steady rate; the latency of each from commit to ack. */
    private static Latencies paced(BenchApplication.Writer writer, String kafka, int from, int count, int rate) {
        start(writer);
        Flux.interval(Duration.ofNanos(1_000_000_000L / rate))
                .take(count)
                .onBackpressureBuffer()
                .flatMap(i -> writer.one(from + i.intValue()), 4)
                .blockLast();
        return measured(writer, kafka, count);
    }

    /** Events one per transaction from several writers as fast as they go. */
    private static Latencies loaded(BenchApplication.Writer writer, String kafka, int from, int count) {
        start(writer);
        Flux.range(from, count).flatMap(writer::one, LOADED_WRITERS).blockLast();
        return measured(writer, kafka, count);
    }

    /** Events committed in one transaction: how fast the relay drains them (events per second). */
    private static double backlog(BenchApplication.Writer writer, String kafka, int from, int count) {
        start(writer);
        writer.many(from, count).block();
        long committed = writer.committed.values().iterator().next();
        measured(writer, kafka, count);
        return count / seconds(committed, lastAck());
    }

    private static void start(BenchApplication.Writer writer) {
        writer.committed.clear();
        AckTimes.ACKED.clear();
    }

    private static Latencies measured(BenchApplication.Writer writer, String kafka, int count) {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (AckTimes.ACKED.size() < count) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + AckTimes.ACKED.size() + " of " + count + " acknowledged");
            }
            sleep(50);
        }
        Map<UUID, String> acks = ackKeys(kafka);
        long[] nanos = writer.committed.entrySet().stream()
                .mapToLong(entry -> AckTimes.ACKED.get(acks.get(entry.getKey())) - entry.getValue())
                .toArray();
        return Latencies.of(nanos);
    }

    /** Which record (partition, offset) carries which event id, read back from the topic. */
    private static Map<UUID, String> ackKeys(String kafka) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka,
                ConsumerConfig.GROUP_ID_CONFIG,
                "bench-reader-" + UUID.randomUUID());
        Map<UUID, String> keys = new HashMap<>();
        try (var consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            consumer.partitionsFor(BenchApplication.TOPIC)
                    .forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                consumer.poll(Duration.ofMillis(200))
                        .forEach(record -> keys.putIfAbsent(
                                UUID.fromString(new String(
                                        record.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8)),
                                AckTimes.at(record.topic(), record.partition(), record.offset())));
            }
        }
        return keys;
    }

    private static long lastAck() {
        return AckTimes.ACKED.values().stream().mapToLong(Long::longValue).max().orElseThrow();
    }

    private static void report(
            int events,
            Latencies paced,
            Latencies loaded,
            double sustained,
            double drained,
            KafkaEndToEnd.Result kafka) {
        System.out.printf(
                "%n== Outbox relay benchmark (%d cores, Java %s; embedded PostgreSQL, in-process KRaft Kafka"
                        + " broker, acks=all, loopback)%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        System.out.printf(
                "relay latency commit -> broker ack, %d events, one per transaction at %d/s: %s%n",
                events, PACED_RATE, paced);
        System.out.printf(
                "sustained: %d events, one per transaction, %d writers flat out: %.0f events/s (latency %s)%n",
                loaded.count(), LOADED_WRITERS, sustained, loaded);
        System.out.printf(
                "backlog: %d events committed in one transaction, drained at %.0f events/s%n", 2 * events, drained);
        System.out.printf(
                "Kafka EndToEndLatency (produce acks=all -> consume, whole ms), %d records of 160 B:"
                        + " avg=%.2f ms p50=%d ms p99=%d ms p99.9=%d ms%n",
                events, kafka.averageMillis(), kafka.p50Millis(), kafka.p99Millis(), kafka.p999Millis());
        System.out.printf(
                "ratio relay / Kafka: p50 %.1f x (relay p50 / Kafka average), p99 %.1f x%n",
                paced.percentileMillis(50) / kafka.averageMillis(),
                paced.percentileMillis(99) / Math.max(1, kafka.p99Millis()));
    }

    private static double seconds(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1e9;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void quiet() {
        LoggingSystem logging = LoggingSystem.get(RelayBenchmark.class.getClassLoader());
        logging.beforeInitialize();
        for (String logger : new String[] {"kafka", "org.apache.kafka", "state.change.logger", "io.zonky"}) {
            logging.setLogLevel(logger, LogLevel.ERROR);
        }
    }
}

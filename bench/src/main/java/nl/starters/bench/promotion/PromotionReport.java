package nl.starters.bench.promotion;

import java.util.Map;
import nl.starters.bench.CpuMeter;
import nl.starters.bench.KafkaEndToEnd;
import nl.starters.bench.Latencies;

/** The promotion benchmark's figures as a Markdown table (bench/README.md keeps the latest). */
final class PromotionReport {

    private static final double GOAL_P99_MILLIS = 100;

    private PromotionReport() {}

    static void print(
            PromotionBenchmark.Settings settings,
            PromotionRuns.Latency latency,
            Map<String, Double> latencyCpu,
            PromotionRuns.Sustained sustained,
            Map<String, Double> sustainedCpu,
            KafkaEndToEnd.Result kafka) {
        Latencies readable = latency.readable();
        System.out.printf(
                "%n== Promotion latency (%d cores, Java %s; embedded PostgreSQL, in-process KRaft broker, loopback)%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        System.out.printf(
                "%d promotions one at a time after %d not measured; national API polled every %d ms (first poll"
                        + " right after the promote call returned)%n%n",
                readable.count(), settings.warmUp(), settings.poll().toMillis());
        System.out.println("| measure | n | p50 ms | p99 ms | p99.9 ms | max ms |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
        row("**promote 2xx returned → national GET 200**", readable);
        row("promote call itself (send → 2xx)", latency.promoteCall());
        row("the national GET that answered 200 (send → 200)", latency.firstRead());
        System.out.printf(
                "| Kafka EndToEndLatency (acks=all, 160 B, whole ms; avg %.2f) | %d | %d | %d | %d | – |%n",
                kafka.averageMillis(), readable.count(), kafka.p50Millis(), kafka.p99Millis(), kafka.p999Millis());
        System.out.printf(
                "%nratio promotion / Kafka: p50 %.1f x (promotion p50 / Kafka average), p99 %.1f x%n",
                readable.percentileMillis(50) / kafka.averageMillis(),
                readable.percentileMillis(99) / Math.max(1, kafka.p99Millis()));
        System.out.printf(
                "goal p99 ≤ %.0f ms: %s (p99 %.2f ms); %.2f national GETs a promotion, %d of %d readable at the"
                        + " first poll%n",
                GOAL_P99_MILLIS,
                readable.percentileMillis(99) <= GOAL_P99_MILLIS ? "met" : "NOT met",
                readable.percentileMillis(99),
                latency.polls(),
                latency.atFirstPoll(),
                readable.count());
        System.out.printf(
                "sustained: %d promotions, %d in flight: %.0f promotions/s until all were readable nationally"
                        + " (%.2f s); all on questions.promoted.v1 after %.2f s; the promote calls alone %.0f/s, %s%n",
                sustained.promotions(),
                sustained.concurrency(),
                sustained.perSecond(),
                sustained.seconds(),
                sustained.relayedSeconds(),
                sustained.promotions() / sustained.promoteSeconds(),
                sustained.promoteCall());
        System.out.println("cores used, latency run:   " + CpuMeter.format(latencyCpu));
        System.out.println("cores used, sustained run: " + CpuMeter.format(sustainedCpu));
    }

    private static void row(String name, Latencies latencies) {
        System.out.printf(
                "| %s | %d | %.2f | %.2f | %.2f | %.2f |%n",
                name,
                latencies.count(),
                latencies.percentileMillis(50),
                latencies.percentileMillis(99),
                latencies.percentileMillis(99.9),
                latencies.percentileMillis(100));
    }
}

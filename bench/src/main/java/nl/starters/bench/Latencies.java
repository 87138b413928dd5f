package nl.starters.bench;

import java.util.Arrays;

/** Percentiles of a set of latencies in nanoseconds, printed in milliseconds. */
public record Latencies(long[] sortedNanos) {

    public static Latencies of(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(sorted);
    }

    public double percentileMillis(double percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(index, sortedNanos.length - 1))] / 1_000_000.0;
    }

    public int count() {
        return sortedNanos.length;
    }

    @Override
    public String toString() {
        return String.format(
                "n=%d p50=%.2f ms p99=%.2f ms p99.9=%.2f ms max=%.2f ms",
                count(), percentileMillis(50), percentileMillis(99), percentileMillis(99.9), percentileMillis(100));
    }
}

package nl.starters.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.starters.bench.feed.Proc;

/**
 * Cores used by named processes over a window (CPU seconds per second, /proc utime+stime), plus what the rest of
 * the machine used: on a shared machine that says how much of it other work took.
 */
public final class CpuMeter {

    /** A process to watch; {@code tree}: with its children (PostgreSQL's postmaster and its backends). */
    public record Watched(String name, long pid, boolean tree) {}

    public record Snapshot(long nanos, Map<String, Double> seconds, Proc.Machine machine) {}

    private final List<Watched> watched;

    public CpuMeter(List<Watched> watched) {
        this.watched = List.copyOf(watched);
    }

    public Snapshot now() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        for (Watched process : watched) {
            seconds.put(
                    process.name(),
                    process.tree() ? Proc.treeCpuSeconds(process.pid()) : Proc.cpuSeconds(process.pid(), false));
        }
        return new Snapshot(System.nanoTime(), seconds, Proc.Machine.now());
    }

    /** Cores per watched process since {@code start}, then "other" (the rest of the machine). */
    public Map<String, Double> coresSince(Snapshot start) {
        return between(start, now());
    }

    /** Cores per watched process between two snapshots, then "other" (the rest of the machine). */
    public static Map<String, Double> between(Snapshot start, Snapshot end) {
        double seconds = (end.nanos() - start.nanos()) / 1e9;
        Map<String, Double> cores = new LinkedHashMap<>();
        double watchedSum = 0;
        for (var entry : end.seconds().entrySet()) {
            double used = (entry.getValue() - start.seconds().get(entry.getKey())) / seconds;
            cores.put(entry.getKey(), used);
            watchedSum += used;
        }
        cores.put("other", Math.max(0, end.machine().since(start.machine()).busy() / seconds - watchedSum));
        return cores;
    }

    public static String format(Map<String, Double> cores) {
        StringBuilder text = new StringBuilder();
        cores.forEach((name, used) ->
                text.append(text.isEmpty() ? "" : ", ").append(name).append(' ').append("%.2f".formatted(used)));
        return text.toString();
    }
}

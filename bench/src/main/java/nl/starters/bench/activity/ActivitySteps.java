package nl.starters.bench.activity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import nl.starters.bench.CpuMeter;
import nl.starters.bench.feed.Proc;

/**
 * One rate step: the load runs for the step's duration while a sampler reads, every second, the fold's lag, the
 * service's and PostgreSQL's CPU and the service's RSS (printed as a line each); then the fold is given time to
 * drain before the next step, so every step starts without a backlog.
 */
final class ActivitySteps {

    /** One second of a step. */
    record Sample(double at, long sent, FoldLag.Reading lag, Map<String, Double> cores, double rssMiB) {}

    record Step(
            int rate,
            double seconds,
            double produced,
            double folded,
            List<Sample> samples,
            double drainSeconds,
            boolean drained) {

        double maxLagSeconds() {
            return samples.stream().mapToDouble(s -> s.lag().seconds()).max().orElse(0);
        }

        boolean met() {
            return drained && maxLagSeconds() < ActivityBenchmark.GOAL_LAG_SECONDS;
        }

        double average(String process) {
            return samples.stream()
                    .mapToDouble(s -> s.cores().get(process))
                    .average()
                    .orElse(0);
        }

        double maxRss() {
            return samples.stream().mapToDouble(Sample::rssMiB).max().orElse(0);
        }
    }

    private final ActivityLoad load;
    private final FoldLag lag;
    private final CpuMeter cpu;
    private final long servicePid;
    private final Duration drain;

    ActivitySteps(ActivityLoad load, FoldLag lag, CpuMeter cpu, long servicePid, Duration drain) {
        this.load = load;
        this.lag = lag;
        this.cpu = cpu;
        this.servicePid = servicePid;
        this.drain = drain;
    }

    boolean awaitGroup(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (lag.group().isEmpty() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
        }
        return lag.group().isPresent();
    }

    Step run(int rate, Duration duration) throws Exception {
        System.out.printf(
                "-- %,d events/s for %d s (load average %s)%n", rate, duration.toSeconds(), Proc.loadAverage());
        System.out.println("   t s | sent/s | folded/s | lag records | lag s | national cores | postgres | bench |"
                + " other | RSS MiB");
        List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        long sentBefore = load.sent();
        long committedBefore = lag.read(load).committed();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        var previous = new CpuMeter.Snapshot[] {cpu.now()};
        sampler.scheduleAtFixedRate(
                () -> {
                    try {
                        var now = cpu.now();
                        var cores = CpuMeter.between(previous[0], now);
                        previous[0] = now;
                        var sample = new Sample(
                                (System.nanoTime() - start) / 1e9,
                                load.sent(),
                                lag.read(load),
                                cores,
                                Proc.rssMiB(servicePid));
                        print(sample, samples.isEmpty() ? null : samples.get(samples.size() - 1), sentBefore);
                        samples.add(sample);
                    } catch (Exception e) {
                        System.out.println("   (sample failed: " + e + ")");
                    }
                },
                1,
                1,
                TimeUnit.SECONDS);
        load.run(rate, duration);
        double seconds = (System.nanoTime() - start) / 1e9;
        long committedAfter = lag.read(load).committed();
        sampler.shutdown();
        sampler.awaitTermination(5, TimeUnit.SECONDS);
        long drainStart = System.nanoTime();
        boolean drained = drained();
        double drainSeconds = (System.nanoTime() - drainStart) / 1e9;
        double[] ages = samples.isEmpty()
                ? new double[0]
                : samples.get(samples.size() - 1).lag().partitionSeconds();
        System.out.println("   lag s per partition at the step's end: "
                + java.util.Arrays.toString(ages).replaceAll("(\\.\\d{2})\\d*", "$1"));
        System.out.printf(
                "   step done: %.0f sent/s, %.0f folded/s; %s %.1f s%n",
                (load.sent() - sentBefore) / seconds,
                (committedAfter - committedBefore) / seconds,
                drained ? "backlog drained in" : "NOT drained after",
                drainSeconds);
        return new Step(
                rate,
                seconds,
                (load.sent() - sentBefore) / seconds,
                (committedAfter - committedBefore) / seconds,
                List.copyOf(samples),
                drainSeconds,
                drained);
    }

    /** Waits until the fold committed everything acknowledged so far (at most the drain time). */
    boolean drained() throws Exception {
        long deadline = System.nanoTime() + drain.toNanos();
        while (System.nanoTime() < deadline) {
            if (lag.read(load).records() == 0) {
                return true;
            }
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
        }
        return false;
    }

    private static void print(Sample sample, Sample before, long sentBefore) {
        double interval = before == null ? sample.at() : sample.at() - before.at();
        long sentThen = before == null ? sentBefore : before.sent();
        long committedThen =
                before == null ? sample.lag().committed() : before.lag().committed();
        System.out.printf(
                "  %4.0f | %6.0f | %8s | %11d | %5.2f | %14.2f | %8.2f | %5.2f | %5.2f | %7.0f%n",
                sample.at(),
                (sample.sent() - sentThen) / interval,
                before == null ? "–" : "%.0f".formatted((sample.lag().committed() - committedThen) / interval),
                sample.lag().records(),
                sample.lag().seconds(),
                sample.cores().get("national"),
                sample.cores().get("postgres"),
                sample.cores().get("bench"),
                sample.cores().get("other"),
                sample.rssMiB());
    }
}

package nl.starters.bench.activity;

import java.util.List;
import nl.starters.bench.feed.Proc;

/** The activity benchmark's figures as a Markdown table (bench/README.md keeps the latest). */
final class ActivityReport {

    private static final int GOAL_RATE = 20_000;

    private ActivityReport() {}

    static void print(List<ActivitySteps.Step> steps, ActivityLoad load, long folded, long servicePid) {
        System.out.printf(
                "%n== Activity fold at scale (%d cores, Java %s; embedded PostgreSQL, in-process KRaft broker,"
                        + " loopback)%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        System.out.printf("lag s = now − production time of the record at the group's committed offset (oldest"
                + " partition), sampled every second; cores = CPU seconds per second from /proc%n%n");
        System.out.println("| target events/s | sent/s | folded/s | max lag s | lag at end s | drained after s |"
                + " drain events/s | national cores | postgres cores | bench cores | other cores | CPU µs a folded"
                + " event: national + postgres | national RSS MiB | lag < "
                + (int) ActivityBenchmark.GOAL_LAG_SECONDS + " s |");
        System.out.println(
                "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        for (ActivitySteps.Step step : steps) {
            List<ActivitySteps.Sample> samples = step.samples();
            double lagAtEnd = samples.isEmpty()
                    ? 0
                    : samples.get(samples.size() - 1).lag().seconds();
            long backlog = samples.isEmpty()
                    ? 0
                    : samples.get(samples.size() - 1).lag().records();
            System.out.printf(
                    "| %,d | %.0f | %.0f | %.2f | %.2f | %s | %s | %.2f | %.2f | %.2f | %.2f | %.0f + %.0f | %.0f | %s |%n",
                    step.rate(),
                    step.produced(),
                    step.folded(),
                    step.maxLagSeconds(),
                    lagAtEnd,
                    step.drained() ? "%.1f".formatted(step.drainSeconds()) : "not drained",
                    !step.drained() || backlog == 0 || step.drainSeconds() < 0.5
                            ? "–"
                            : "%.0f".formatted(backlog / step.drainSeconds()),
                    step.average("national"),
                    step.average("postgres"),
                    step.average("bench"),
                    step.average("other"),
                    step.average("national") * 1e6 / step.folded(),
                    step.average("postgres") * 1e6 / step.folded(),
                    step.maxRss(),
                    step.met() ? "yes" : "NO");
        }
        int best = steps.stream()
                .filter(ActivitySteps.Step::met)
                .mapToInt(ActivitySteps.Step::rate)
                .max()
                .orElse(0);
        System.out.printf(
                "%nhighest step folded with lag < %.0f s: %,d events/s; goal ≥ %,d events/s: %s%n",
                ActivityBenchmark.GOAL_LAG_SECONDS, best, GOAL_RATE, best >= GOAL_RATE ? "met" : "NOT met");
        System.out.printf(
                "records sent %,d (failed %,d); distinct events in the service's activity_events: %s%n",
                load.sent(), load.failed(), folded < 0 ? "(no such table)" : "%,d".formatted(folded));
        System.out.printf(
                "national-forum-service after the run: %s, %.0f s CPU; load average %s%n",
                Proc.memory(servicePid), Proc.cpuSeconds(servicePid, false), Proc.loadAverage());
    }
}

package nl.starters.bench.feed;

import java.util.List;

/** The figures of a run: the comparison table, where the CPU went, and what that says about the limit. */
final class Report {

    private static final double GOAL = 0.5;

    private Report() {}

    static void print(List<FeedBenchmark.Row> rows, FeedBenchmark.Settings settings, long servicePid) {
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf(
                "%n== Branch home feed: GET /api/branches/%s/posts (20 a page) vs pgbench, same SQL, same database"
                        + " (%d cores, Java %s; %d s measured after %d s warm-up each)%n",
                BranchProcess.BRANCH,
                cores,
                System.getProperty("java.version"),
                settings.measured().toSeconds(),
                settings.warmUp().toSeconds());
        System.out.println("| clients | service req/s | p50 ms | p99 ms | pgbench tps | p50 ms | p99 ms"
                + " | service/pgbench | goal >= 0.5 | per CPU used |");
        System.out.println("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |");
        for (FeedBenchmark.Row row : rows) {
            double ratio = row.service().perSecond() / row.pgbench().tps();
            System.out.printf(
                    "| %d | %.0f | %.2f | %.2f | %.0f | %.2f | %.2f | %.2f | %s | %.2f |%n",
                    row.clients(),
                    row.service().perSecond(),
                    row.service().latencies().percentileMillis(50),
                    row.service().latencies().percentileMillis(99),
                    row.pgbench().tps(),
                    row.pgbench().latencies().percentileMillis(50),
                    row.pgbench().latencies().percentileMillis(99),
                    ratio,
                    ratio >= GOAL ? "met" : "NOT met",
                    perCpu(row));
        }
        System.out.println("(per CPU used: the same ratio with each side's throughput divided by the cores it used -"
                + " load generator, service and PostgreSQL against pgbench and PostgreSQL - which does not depend on"
                + " how much of the shared machine each side got)");
        for (FeedBenchmark.Row row : rows) {
            System.out.printf(
                    "%d clients: service %d requests, %d failed; pgbench %d transactions, %d failed%n",
                    row.clients(),
                    row.service().requests(),
                    row.service().failures(),
                    row.pgbench().transactions(),
                    row.pgbench().failures());
        }

        System.out.printf("%nCPU in the measured windows, in cores (of %d; from /proc):%n", cores);
        System.out.println(
                "| window | load generator JVM | service JVM | PostgreSQL | pgbench | rest of the machine | idle | steal | load average after |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        for (FeedBenchmark.Row row : rows) {
            usage("service, " + row.clients() + " clients", row.serviceUsage());
            usage("pgbench, " + row.clients() + " connections", row.pgbenchUsage());
        }
        System.out.println("\nCPU milliseconds per request (per transaction for pgbench):");
        System.out.println(
                "| clients | service JVM | PostgreSQL under the service | load generator | PostgreSQL under pgbench | pgbench |");
        System.out.println("| ---: | ---: | ---: | ---: | ---: | ---: |");
        for (FeedBenchmark.Row row : rows) {
            double rps = row.service().perSecond();
            double tps = row.pgbench().tps();
            System.out.printf(
                    "| %d | %.2f | %.2f | %.2f | %.2f | %.2f |%n",
                    row.clients(),
                    row.serviceUsage().service() / rps * 1000,
                    row.serviceUsage().postgres() / rps * 1000,
                    row.serviceUsage().client() / rps * 1000,
                    row.pgbenchUsage().postgres() / tps * 1000,
                    row.pgbenchUsage().pgbench() / tps * 1000);
        }
        System.out.println("\nWhat PostgreSQL executed per request / per pgbench transaction (pg_stat_statements:"
                + " calls per request, mean execution time in the server):");
        for (FeedBenchmark.Row row : rows) {
            System.out.printf(
                    "- %d clients: service %s; pgbench %s%n",
                    row.clients(),
                    statements(row.serviceStatements(), row.service().requests()),
                    statements(row.pgbenchStatements(), row.pgbench().transactions()));
        }
        limits(rows, cores);
        System.out.printf(
                "%nservice process after the run: CPU time %.1f s (user + system, start-up included), %s%n",
                Proc.cpuSeconds(servicePid, false), Proc.memory(servicePid));
        System.out.println("load average at the end: " + Proc.loadAverage());
    }

    private static String statements(List<PgStatements.Line> lines, long operations) {
        return lines.stream()
                .filter(line -> line.calls() >= operations / 100) // not the service's occasional housekeeping
                .map(line -> "%s %.2f x %.3f ms"
                        .formatted(line.shortQuery(), (double) line.calls() / operations, line.meanMillis()))
                .reduce((a, b) -> a + ", " + b)
                .orElse("(none recorded)");
    }

    /** (service requests per core-second of its side) / (pgbench transactions per core-second of its side). */
    private static double perCpu(FeedBenchmark.Row row) {
        Measurements.Usage service = row.serviceUsage();
        Measurements.Usage pgbench = row.pgbenchUsage();
        double serviceSide = service.client() + service.service() + service.postgres();
        double pgbenchSide = pgbench.pgbench() + pgbench.postgres();
        return (row.service().perSecond() / serviceSide) / (row.pgbench().tps() / pgbenchSide);
    }

    private static void usage(String window, Measurements.Usage usage) {
        System.out.printf(
                "| %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %s |%n",
                window,
                usage.client(),
                usage.service(),
                usage.postgres(),
                usage.pgbench(),
                usage.other(),
                usage.idle(),
                usage.steal(),
                usage.loadAverage());
    }

    /** What limits the service, read from the figures above. */
    private static void limits(List<FeedBenchmark.Row> rows, int cores) {
        System.out.println("\nWhat limits the service:");
        for (FeedBenchmark.Row row : rows) {
            Measurements.Usage usage = row.serviceUsage();
            double rps = row.service().perSecond();
            double serviceMs = usage.service() / rps * 1000;
            double postgresMs = usage.postgres() / rps * 1000;
            double clientMs = usage.client() / rps * 1000;
            double pgbenchPostgresMs =
                    row.pgbenchUsage().postgres() / row.pgbench().tps() * 1000;
            System.out.printf(
                    "- %d clients: the machine's %d cores were %.0f%% busy (idle %.2f cores; %.2f cores went to"
                            + " other work on this shared machine). A feed request cost %.2f ms of CPU in the service"
                            + " JVM, %.2f ms in PostgreSQL and %.2f ms in the load generator: %.2f ms in all, against"
                            + " %.2f ms of PostgreSQL (+ %.2f ms pgbench) per pgbench transaction. %s%n",
                    row.clients(),
                    cores,
                    100 * (1 - usage.idle() / cores),
                    usage.idle(),
                    usage.other(),
                    serviceMs,
                    postgresMs,
                    clientMs,
                    serviceMs + postgresMs + clientMs,
                    pgbenchPostgresMs,
                    row.pgbenchUsage().pgbench() / row.pgbench().tps() * 1000,
                    (usage.idle() < 0.1 * cores
                                    ? "CPU-bound: with all cores busy, throughput is the CPU it gets divided by the CPU"
                                            + " per request"
                                    : "Not all CPU was used: waiting (connection pool, event loops, locks) limits it"
                                            + " too")
                            + "; the largest share of a request is "
                            + (serviceMs >= postgresMs && serviceMs >= clientMs
                                    ? "the service JVM's."
                                    : postgresMs >= clientMs ? "PostgreSQL's." : "the load generator's."));
        }
        System.out.println("- On a shared machine the scheduler shares CPU out per runnable thread: pgbench's N busy"
                + " backends take more of it from other work than the service's few event-loop threads do (compare"
                + " 'rest of the machine' in the two windows), which flatters pgbench's raw figure; the 'per CPU"
                + " used' ratio removes that.");
        System.out.println("- The feed renders no Markdown (cards carry no body: checked above); the service's"
                + " own work per request is HTTP, the security filter chain (anonymous), R2DBC decoding of 20 rows"
                + " and Jackson writing the JSON page.");
    }
}

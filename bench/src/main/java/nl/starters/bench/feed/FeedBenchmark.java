package nl.starters.bench.feed;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.starters.bench.ServiceProcess;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * The branch home feed measured: a page of 20 posts with author names, staff badges and comment counts, read
 * over HTTP from one real branch instance (the local-branch-service jar in a JVM of its own) by N closed-loop
 * clients, next to pgbench running the service's own feed statement against the same database with N
 * connections, in the same run. Settings are system properties ({@code bench.feed.*}, see bench/README.md).
 */
public final class FeedBenchmark {

    private FeedBenchmark() {}

    record Settings(
            Path jar,
            Path work,
            List<Integer> clients,
            Duration jitWarmUp,
            Duration warmUp,
            Duration measured,
            FeedData.Sizes sizes,
            List<String> serviceJvm,
            List<String> serviceArguments) {

        static Settings fromSystemProperties() {
            return new Settings(
                    Path.of(System.getProperty(
                                    "bench.feed.jar", "local-branch-service/target/local-branch-service.jar"))
                            .toAbsolutePath(),
                    Path.of(System.getProperty("bench.feed.work", "bench/target/feed-bench"))
                            .toAbsolutePath(),
                    Arrays.stream(System.getProperty("bench.feed.clients", "16,64")
                                    .split(","))
                            .map(String::trim)
                            .map(Integer::valueOf)
                            .toList(),
                    Duration.ofSeconds(Long.getLong("bench.feed.jit-warmup", 30)),
                    Duration.ofSeconds(Long.getLong("bench.feed.warmup", 10)),
                    Duration.ofSeconds(Long.getLong("bench.feed.duration", 30)),
                    new FeedData.Sizes(
                            Integer.getInteger("bench.feed.members", 200),
                            Integer.getInteger("bench.feed.staff", 10),
                            Integer.getInteger("bench.feed.erased", 5),
                            Integer.getInteger("bench.feed.posts", 5000),
                            Integer.getInteger("bench.feed.drafts", 250)),
                    List.of(System.getProperty("bench.feed.service-jvm", "-Xmx512m -XX:+UseParallelGC")
                            .trim()
                            .split("\\s+")),
                    words(System.getProperty("bench.feed.service-args", "")));
        }

        private static List<String> words(String text) {
            return text.isBlank() ? List.of() : List.of(text.trim().split("\\s+"));
        }
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromSystemProperties();
        quiet();
        String feedSql = FeedSql.publicFeed(settings.jar());
        Pgbench pgbench = Pgbench.prepare(feedSql, settings.work());
        System.out.printf("%n== Feed benchmark: %s (load average %s)%n", settings.jar(), Proc.loadAverage());
        int poolSize =
                settings.clients().stream().mapToInt(Integer::intValue).max().orElseThrow();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                .start()) {
            try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
                connection.createStatement().execute("CREATE DATABASE " + BranchProcess.DATABASE);
            }
            var broker = new EmbeddedKafkaKraftBroker(1, 1);
            broker.afterPropertiesSet();
            try (ServiceProcess branch = BranchProcess.start(new BranchProcess.Settings(
                            settings.jar(),
                            settings.serviceJvm(),
                            settings.serviceArguments(),
                            postgres.getPort(),
                            broker.getBrokersAsString(),
                            poolSize,
                            settings.work().resolve("branch-" + BranchProcess.BRANCH + ".log")));
                    Connection connection = postgres.getDatabase("postgres", BranchProcess.DATABASE)
                            .getConnection()) {
                long postmaster = prepare(connection, settings, feedSql, branch, pgbench);
                System.out.printf(
                        "service: pid %d, JVM %s, R2DBC pool max %d%s; pgbench script %s%n",
                        branch.pid(),
                        String.join(" ", settings.serviceJvm()),
                        poolSize,
                        settings.serviceArguments().isEmpty()
                                ? ""
                                : ", also " + String.join(" ", settings.serviceArguments()),
                        pgbench.script());
                System.out.printf(
                        "each step: %d s warm-up (not measured), then %d s measured; page mix: half page 0, the rest"
                                + " pages 1-5, %d posts a page%n",
                        settings.warmUp().toSeconds(), settings.measured().toSeconds(), PageMix.SIZE);
                System.out.printf(
                        "JIT warm-up: %d s at %d clients (not measured) …%n",
                        settings.jitWarmUp().toSeconds(), poolSize);
                try (HttpLoad load = new HttpLoad(branch.port(), poolSize)) {
                    load.run(settings.jitWarmUp());
                }
                var measurements = new Measurements(branch.pid(), postmaster);
                var statements = new PgStatements(connection);
                List<Row> rows = new ArrayList<>();
                for (int clients : settings.clients()) {
                    rows.add(step(clients, settings, branch, pgbench, postgres.getPort(), measurements, statements));
                }
                Report.print(rows, settings, branch.pid());
            } finally {
                broker.destroy();
            }
        }
        System.exit(0);
    }

    /** Seeds the data, checks the service serves the statement's result; returns the postmaster's pid. */
    private static long prepare(
            Connection connection, Settings settings, String feedSql, ServiceProcess branch, Pgbench pgbench)
            throws Exception {
        FeedData.Counts counts = FeedData.seed(connection, settings.sizes());
        System.out.println("data: " + counts + "; VACUUM ANALYZE done");
        FeedCheck.Outcome check = FeedCheck.run(branch.port(), connection, feedSql, counts.visibleInFeed());
        System.out.printf(
                "check: GET page 0 = the statement's first %d rows, total %d; %d bytes of JSON, no Markdown body in"
                        + " it; first card %s%n",
                check.items(), check.total(), check.responseBytes(), check.firstCard());
        System.out.println(
                "PostgreSQL's execution time of the statement (EXPLAIN ANALYZE, best of 5): " + check.executionTimes());
        try (var rows = connection.createStatement().executeQuery("SELECT pg_backend_pid(), version()")) {
            rows.next();
            System.out.println(rows.getString(2).replaceAll(" on .*", "") + ", " + pgbench.version());
            return Proc.parentOf(rows.getLong(1));
        }
    }

    record Row(
            int clients,
            HttpLoad.Result service,
            Measurements.Usage serviceUsage,
            List<PgStatements.Line> serviceStatements,
            Pgbench.Result pgbench,
            Measurements.Usage pgbenchUsage,
            List<PgStatements.Line> pgbenchStatements) {}

    private static Row step(
            int clients,
            Settings settings,
            ServiceProcess branch,
            Pgbench pgbench,
            int databasePort,
            Measurements measurements,
            PgStatements statements)
            throws Exception {
        System.out.printf("-- %d clients: service … (load average %s)%n", clients, Proc.loadAverage());
        HttpLoad.Result service;
        Measurements.Usage serviceUsage;
        List<PgStatements.Line> serviceStatements;
        try (HttpLoad load = new HttpLoad(branch.port(), clients)) {
            load.run(settings.warmUp());
            statements.reset();
            var start = measurements.now();
            service = load.run(settings.measured());
            serviceUsage = measurements.since(start, 0);
            serviceStatements = statements.read();
        }
        System.out.printf("-- %d clients: pgbench … (load average %s)%n", clients, Proc.loadAverage());
        pgbench.run(databasePort, clients, settings.warmUp(), false);
        statements.reset();
        var start = measurements.now();
        Pgbench.Result database = pgbench.run(databasePort, clients, settings.measured(), true);
        Measurements.Usage pgbenchUsage = measurements.since(start, database.cpuSeconds());
        return new Row(clients, service, serviceUsage, serviceStatements, database, pgbenchUsage, statements.read());
    }

    private static void quiet() {
        LoggingSystem logging = LoggingSystem.get(FeedBenchmark.class.getClassLoader());
        logging.beforeInitialize();
        for (String logger : new String[] {"kafka", "org.apache.kafka", "state.change.logger", "io.zonky", "org"}) {
            logging.setLogLevel(logger, LogLevel.ERROR);
        }
    }
}

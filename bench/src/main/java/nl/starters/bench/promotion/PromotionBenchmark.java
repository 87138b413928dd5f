package nl.starters.bench.promotion;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import nl.starters.bench.CpuMeter;
import nl.starters.bench.Infrastructure;
import nl.starters.bench.KafkaEndToEnd;
import nl.starters.bench.ServiceProcess;
import nl.starters.bench.feed.Proc;
import nl.starters.servicedefaults.testing.security.TestIdentity;
import nl.starters.servicedefaults.testing.security.TestMember;

/**
 * Promotion latency measured: from staff's promote call returning (2xx) to the question being readable from the
 * national API (200), over N promotions one at a time, next to Kafka's own EndToEndLatency on the same broker in
 * the same run; and sustained promotions per second. The real local-branch-service and national-forum-service
 * jars run in JVMs of their own. Settings are system properties ({@code bench.promotion.*}, bench/README.md).
 */
public final class PromotionBenchmark {

    private PromotionBenchmark() {}

    record Settings(
            Path branchJar,
            Path nationalJar,
            Path branchesFile,
            Path work,
            int warmUp,
            int promotions,
            int sustained,
            int concurrency,
            Duration poll,
            List<String> serviceJvm) {

        static Settings fromSystemProperties() {
            return new Settings(
                    path("bench.promotion.branch-jar", "local-branch-service/target/local-branch-service.jar"),
                    path("bench.promotion.national-jar", "national-forum-service/target/national-forum-service.jar"),
                    path("bench.promotion.branches-file", "config/branches.yml"),
                    path("bench.promotion.work", "bench/target/promotion-bench"),
                    Integer.getInteger("bench.promotion.warmup", 300),
                    Integer.getInteger("bench.promotion.count", 1000),
                    Integer.getInteger("bench.promotion.sustained", 2000),
                    Integer.getInteger("bench.promotion.concurrency", 16),
                    Duration.ofMillis(Long.getLong("bench.promotion.poll-ms", 5)),
                    List.of(System.getProperty("bench.promotion.service-jvm", "-Xmx512m -XX:+UseParallelGC")
                            .trim()
                            .split("\\s+")));
        }

        private static Path path(String property, String fallback) {
            return Path.of(System.getProperty(property, fallback))
                    .toAbsolutePath()
                    .normalize();
        }
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromSystemProperties();
        System.out.printf("%n== Promotion benchmark (load average %s)%n", Proc.loadAverage());
        try (Infrastructure infrastructure = Infrastructure.start(List.of("branch_utrecht", "national_forum"));
                ServiceProcess branch = ServiceProcess.start(service(
                        settings,
                        "branch-utrecht",
                        settings.branchJar(),
                        "branch_utrecht",
                        infrastructure,
                        List.of("--community.branch.id=utrecht")));
                ServiceProcess national = ServiceProcess.start(service(
                        settings,
                        "national-forum",
                        settings.nationalJar(),
                        "national_forum",
                        infrastructure,
                        List.of("--community.branches-file=" + settings.branchesFile())))) {
            branch.awaitReady(Duration.ofMinutes(3));
            national.awaitReady(Duration.ofMinutes(3));
            run(settings, infrastructure, branch, national);
        }
        System.exit(0);
    }

    private static void run(
            Settings settings, Infrastructure infrastructure, ServiceProcess branch, ServiceProcess national)
            throws Exception {
        TestMember staff = TestIdentity.staffOf("utrecht");
        List<UUID> questions;
        long postmaster;
        try (Connection branchDb = infrastructure.connect("branch_utrecht");
                Connection nationalDb = infrastructure.connect("national_forum")) {
            List<UUID> askers = PromotionData.members(branchDb, nationalDb, staff.id());
            questions = PromotionData.questions(
                    branchDb, askers, settings.warmUp() + settings.promotions() + settings.sustained());
            try (var rows = branchDb.createStatement().executeQuery("SELECT pg_backend_pid()")) {
                rows.next();
                postmaster = Proc.parentOf(rows.getLong(1));
            }
        }
        System.out.printf(
                "services: branch utrecht pid %d, national forum pid %d, JVM %s; %d questions with consent seeded%n",
                branch.pid(), national.pid(), String.join(" ", settings.serviceJvm()), questions.size());
        var cpu = new CpuMeter(List.of(
                new CpuMeter.Watched("bench", ProcessHandle.current().pid(), false),
                new CpuMeter.Watched("branch", branch.pid(), false),
                new CpuMeter.Watched("national", national.pid(), false),
                new CpuMeter.Watched("postgres", postmaster, true)));
        try (var http = new PromotionHttp(branch.port(), national.port(), settings.concurrency() + 2);
                var topic = new PromotedTopic(infrastructure.kafka())) {
            var promotions = new PromotionRuns(http, staff, TestIdentity.memberOf("groningen"), settings.poll());
            promotions.oneAtATime(questions.subList(0, settings.warmUp())); // warm-up, not reported
            var start = cpu.now();
            PromotionRuns.Latency latency = promotions.oneAtATime(
                    questions.subList(settings.warmUp(), settings.warmUp() + settings.promotions()));
            var latencyCpu = cpu.coresSince(start);
            start = cpu.now();
            PromotionRuns.Sustained sustained = promotions.concurrently(
                    questions.subList(settings.warmUp() + settings.promotions(), questions.size()),
                    settings.concurrency(),
                    topic);
            var sustainedCpu = cpu.coresSince(start);
            var kafka = KafkaEndToEnd.run(infrastructure.kafka(), settings.promotions(), 160);
            PromotionReport.print(settings, latency, latencyCpu, sustained, sustainedCpu, kafka);
        }
        System.out.printf(
                "after the run: branch %s, national forum %s; load average %s%n",
                Proc.memory(branch.pid()), Proc.memory(national.pid()), Proc.loadAverage());
    }

    private static ServiceProcess.Settings service(
            Settings settings,
            String name,
            Path jar,
            String database,
            Infrastructure infrastructure,
            List<String> arguments) {
        URI jwks = TestIdentity.jwksUri();
        return new ServiceProcess.Settings(
                name,
                jar,
                settings.serviceJvm(),
                database,
                infrastructure.databasePort(),
                infrastructure.kafka(),
                jwks,
                arguments,
                settings.work().resolve(name + ".log"));
    }
}

package nl.starters.bench.activity;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import nl.starters.bench.CpuMeter;
import nl.starters.bench.Infrastructure;
import nl.starters.bench.ServiceProcess;
import nl.starters.bench.feed.Proc;
import nl.starters.servicedefaults.kafka.Topics;
import nl.starters.servicedefaults.testing.security.TestIdentity;
import org.apache.kafka.common.utils.Utils;

/**
 * The activity fold at scale (issue 7): 150 simulated branches' activity.v1 records at stepped rates into the
 * real national-forum-service jar (in a JVM of its own), which folds them into per-region aggregates; per step
 * the consumer lag over time, and the service's CPU and memory. Settings are system properties
 * ({@code bench.activity.*}, bench/README.md).
 */
public final class ActivityBenchmark {

    static final double GOAL_LAG_SECONDS = 5;

    private ActivityBenchmark() {}

    record Settings(
            Path jar,
            Path work,
            int branches,
            List<Integer> rates,
            Duration step,
            Duration warmUp,
            Duration drain,
            boolean optionalFields,
            boolean keepGoing,
            List<String> serviceJvm,
            List<String> serviceArguments) {

        static Settings fromSystemProperties() {
            return new Settings(
                    Path.of(System.getProperty(
                                    "bench.activity.jar", "national-forum-service/target/national-forum-service.jar"))
                            .toAbsolutePath()
                            .normalize(),
                    Path.of(System.getProperty("bench.activity.work", "bench/target/activity-bench"))
                            .toAbsolutePath()
                            .normalize(),
                    Integer.getInteger("bench.activity.branches", 150),
                    Arrays.stream(System.getProperty("bench.activity.rates", "5000,10000,20000,30000,40000")
                                    .split(","))
                            .map(String::trim)
                            .map(Integer::valueOf)
                            .toList(),
                    Duration.ofSeconds(Long.getLong("bench.activity.step-seconds", 30)),
                    Duration.ofSeconds(Long.getLong("bench.activity.warmup-seconds", 20)),
                    Duration.ofSeconds(Long.getLong("bench.activity.drain-seconds", 60)),
                    Boolean.parseBoolean(System.getProperty("bench.activity.optional-fields", "true")),
                    Boolean.getBoolean("bench.activity.keep-going"),
                    List.of(System.getProperty("bench.activity.service-jvm", "-Xmx512m -XX:+UseParallelGC")
                            .trim()
                            .split("\\s+")),
                    words(System.getProperty("bench.activity.service-args", "")));
        }

        private static List<String> words(String text) {
            return text.isBlank() ? List.of() : List.of(text.trim().split("\\s+"));
        }
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromSystemProperties();
        System.out.printf("%n== Activity fold benchmark: %s (load average %s)%n", settings.jar(), Proc.loadAverage());
        List<String> branches = IntStream.rangeClosed(1, settings.branches())
                .mapToObj("branch-%03d"::formatted)
                .toList();
        Path registry = BranchRegistryFile.write(settings.work().resolve("branches.yml"), branches);
        try (Infrastructure infrastructure = Infrastructure.start(List.of("national_forum"));
                ServiceProcess national = ServiceProcess.start(new ServiceProcess.Settings(
                        "national-forum",
                        settings.jar(),
                        settings.serviceJvm(),
                        "national_forum",
                        infrastructure.databasePort(),
                        infrastructure.kafka(),
                        TestIdentity.jwksUri(),
                        arguments(registry, settings.serviceArguments()),
                        settings.work().resolve("national-forum.log")))) {
            national.awaitReady(Duration.ofMinutes(3));
            run(settings, infrastructure, national, branches);
        }
        System.exit(0);
    }

    private static void run(
            Settings settings, Infrastructure infrastructure, ServiceProcess national, List<String> branches)
            throws Exception {
        int partitions = Topics.all().stream()
                .filter(topic -> topic.name().equals(Topics.ACTIVITY))
                .findFirst()
                .orElseThrow()
                .partitions();
        var mix = new ActivityMix(branches, 400, 10, settings.optionalFields());
        try (Connection database = infrastructure.connect("national_forum");
                var load = new ActivityLoad(infrastructure.kafka(), mix, partitions);
                var lag = new FoldLag(infrastructure.kafka(), partitions)) {
            var cpu = new CpuMeter(List.of(
                    new CpuMeter.Watched("national", national.pid(), false),
                    new CpuMeter.Watched("postgres", postmaster(database), true),
                    new CpuMeter.Watched("bench", ProcessHandle.current().pid(), false)));
            var steps = new ActivitySteps(load, lag, cpu, national.pid(), settings.drain());
            System.out.printf(
                    "%d branches (keys), activity.v1 with %d partitions; service pid %d, JVM %s%s; optional fields"
                            + " parentId/slaBreached %s%nwarm-up: %d s at 2,000 events/s (not reported) …%n",
                    branches.size(),
                    partitions,
                    national.pid(),
                    String.join(" ", settings.serviceJvm()),
                    settings.serviceArguments().isEmpty()
                            ? ""
                            : ", also " + String.join(" ", settings.serviceArguments()),
                    settings.optionalFields() ? "on" : "off",
                    settings.warmUp().toSeconds());
            System.out.println("branches (keys) per partition: " + keysPerPartition(branches, partitions));
            load.run(2_000, settings.warmUp());
            if (lag.group().isEmpty() && !steps.awaitGroup(Duration.ofSeconds(30))) {
                System.out.println("NO FOLDING: no consumer group committed offsets on activity.v1 within 30 s after"
                        + " the warm-up: this national-forum-service jar does not fold activity (issue 7's listener"
                        + " is not in it). Nothing to measure.");
                return;
            }
            System.out.println("folding consumer group: " + lag.group().orElseThrow());
            steps.drained();
            List<ActivitySteps.Step> done = new ArrayList<>();
            for (int rate : settings.rates()) {
                ActivitySteps.Step step = steps.run(rate, settings.step());
                done.add(step);
                if (!step.met() && !settings.keepGoing()) {
                    System.out.println("(lag passed " + GOAL_LAG_SECONDS + " s: higher rates not tried)");
                    break;
                }
            }
            ActivityReport.print(done, load, folded(database), national.pid());
        }
    }

    /** How the producer's default partitioner spreads the branch keys (murmur2 of the key). */
    private static List<Integer> keysPerPartition(List<String> branches, int partitions) {
        int[] keys = new int[partitions];
        for (String branch : branches) {
            keys[Utils.toPositive(Utils.murmur2(branch.getBytes(StandardCharsets.UTF_8))) % partitions]++;
        }
        return Arrays.stream(keys).boxed().toList();
    }

    private static List<String> arguments(Path registry, List<String> more) {
        List<String> arguments = new ArrayList<>(List.of("--community.branches-file=" + registry));
        arguments.addAll(more); // -Dbench.activity.service-args: settings to try
        return arguments;
    }

    private static long postmaster(Connection database) throws Exception {
        try (var rows = database.createStatement().executeQuery("SELECT pg_backend_pid()")) {
            rows.next();
            return Proc.parentOf(rows.getLong(1));
        }
    }

    /** Distinct events the service folded (its dedupe table), or -1 when it has none by that name. */
    private static long folded(Connection database) {
        try (var rows = database.createStatement().executeQuery("SELECT count(*) FROM activity_events")) {
            rows.next();
            return rows.getLong(1);
        } catch (java.sql.SQLException noSuchTable) {
            return -1;
        }
    }

    /** The branch registry of the simulated federation, for the service's {@code community.branches-file}. */
    static final class BranchRegistryFile {

        private static final String[] REGIONS = {
            "Noord", "Oost", "Midden", "West", "Zuid", "Noord-Holland", "Zuid-Holland", "Brabant", "Limburg", "Zeeland"
        };

        private BranchRegistryFile() {}

        static Path write(Path file, List<String> branches) throws Exception {
            StringBuilder yaml = new StringBuilder("community:\n  branches:\n");
            for (int i = 0; i < branches.size(); i++) {
                yaml.append("    - id: ")
                        .append(branches.get(i))
                        .append("\n      name: Branch ")
                        .append(branches.get(i).substring("branch-".length()))
                        .append("\n      region: ")
                        .append(REGIONS[i % REGIONS.length])
                        .append('\n');
            }
            Files.createDirectories(file.getParent());
            return Files.writeString(file, yaml);
        }
    }
}

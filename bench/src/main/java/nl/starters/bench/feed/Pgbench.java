package nl.starters.bench.feed;

import java.io.File;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.starters.bench.Latencies;

/**
 * pgbench (from PATH) running the feed statement: the page mix sets {@code :limit} and {@code :offset}, then the
 * service's own SQL text, as a prepared statement ({@code -M prepared}: the R2DBC driver prepares and caches its
 * statements too), N connections on two threads for a fixed time. Throughput from pgbench's own figure; latencies
 * from its per-transaction log.
 */
final class Pgbench {

    record Result(
            double tps, long transactions, long failures, Latencies latencies, double cpuSeconds, String output) {}

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern PROCESSED = Pattern.compile("number of transactions actually processed: (\\d+)");
    private static final Pattern FAILED = Pattern.compile("number of failed transactions: (\\d+)");

    private final Path executable;
    private final Path script;
    private final Path workDirectory;

    private Pgbench(Path executable, Path script, Path workDirectory) {
        this.executable = executable;
        this.script = script;
        this.workDirectory = workDirectory;
    }

    /** Writes the script (page mix + the feed statement) into the work directory. */
    static Pgbench prepare(String feedSql, Path workDirectory) throws IOException {
        Path executable = onPath("pgbench");
        Files.createDirectories(workDirectory);
        Path script = workDirectory.resolve("feed.pgbench");
        Files.writeString(script, PageMix.PGBENCH + feedSql + ";\n");
        return new Pgbench(executable, script, workDirectory);
    }

    Path script() {
        return script;
    }

    String version() throws IOException, InterruptedException {
        Process process = new ProcessBuilder(executable.toString(), "--version")
                .redirectErrorStream(true)
                .start();
        String version = new String(process.getInputStream().readAllBytes()).trim();
        process.waitFor();
        return version;
    }

    /** N connections, two threads, for this long; {@code logged} keeps the per-transaction log for latencies. */
    Result run(int databasePort, int connections, Duration duration, boolean logged)
            throws IOException, InterruptedException {
        String prefix = "pgbench-c" + connections;
        try (Stream<Path> old = Files.list(workDirectory)) {
            for (Path file : old.filter(f -> f.getFileName().toString().startsWith(prefix + "."))
                    .toList()) {
                Files.delete(file);
            }
        }
        List<String> command = new ArrayList<>(List.of(
                executable.toString(),
                "-h",
                "127.0.0.1",
                "-p",
                Integer.toString(databasePort),
                "-U",
                "postgres",
                "-n",
                "-M",
                "prepared",
                "-c",
                Integer.toString(connections),
                "-j",
                "2",
                "-T",
                Long.toString(duration.toSeconds()),
                "-f",
                script.toString()));
        if (logged) {
            command.addAll(List.of("--log", "--log-prefix=" + prefix));
        }
        command.add(BranchProcess.DATABASE);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(Redirect.PIPE);
        builder.environment().put("PGPASSWORD", "postgres");
        // pgbench is this JVM's child: once waited for, its CPU time shows in our children's time
        double childrenBefore = Proc.cpuSeconds(ProcessHandle.current().pid(), true)
                - Proc.cpuSeconds(ProcessHandle.current().pid(), false);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        int exit = process.waitFor();
        double cpu = Proc.cpuSeconds(ProcessHandle.current().pid(), true)
                - Proc.cpuSeconds(ProcessHandle.current().pid(), false)
                - childrenBefore;
        if (exit != 0) {
            throw new IllegalStateException("pgbench failed (exit " + exit + "):\n" + output);
        }
        long processed = Long.parseLong(find(PROCESSED, output, "0"));
        Latencies latencies = logged ? logLatencies(prefix) : Latencies.of(new long[] {0});
        return new Result(
                Double.parseDouble(find(TPS, output, "0")),
                processed,
                Long.parseLong(find(FAILED, output, "0")),
                latencies,
                cpu,
                output);
    }

    /** The third field of every line of pgbench's per-transaction logs (one file per thread): microseconds. */
    private Latencies logLatencies(String prefix) throws IOException {
        List<Long> nanos = new ArrayList<>();
        try (Stream<Path> files = Files.list(workDirectory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(prefix + "."))
                    .toList()) {
                try (Stream<String> lines = Files.lines(file)) {
                    lines.map(line -> line.split(" "))
                            .filter(fields -> fields.length >= 6 && !fields[2].equals("failed"))
                            .forEach(fields -> nanos.add(Long.parseLong(fields[2]) * 1_000L));
                }
            }
        }
        if (nanos.isEmpty()) {
            throw new IllegalStateException("pgbench wrote no per-transaction log in " + workDirectory);
        }
        return Latencies.of(nanos.stream().mapToLong(Long::longValue).toArray());
    }

    private static String find(Pattern pattern, String output, String otherwise) {
        Matcher matcher = pattern.matcher(output);
        return matcher.find() ? matcher.group(1) : otherwise;
    }

    private static Path onPath(String name) {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(directory, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(name + " is not on the PATH: install it (Debian/Ubuntu: apt-get install"
                + " postgresql-client; pgbench ships with it, or with postgresql-contrib on older releases)");
    }
}

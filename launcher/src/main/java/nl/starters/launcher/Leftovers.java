package nl.starters.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Stops what a launcher killed hard (kill -9, a crashed test JVM) left running against this data
 * directory: service JVMs named by pid files, then the PostgreSQL server named by postmaster.pid.
 */
public final class Leftovers {

    private Leftovers() {}

    static final String LAUNCHER = "launcher";

    /** Refuses to touch a data directory that a live launcher (another run) still uses. */
    static void refuseIfInUse(DataLayout layout) {
        new PidFile(layout.pidFile(LAUNCHER))
                .liveProcess()
                .filter(process -> process.pid() != ProcessHandle.current().pid())
                .ifPresent(process -> {
                    throw new LauncherFailure("Another launcher (pid " + process.pid() + ") is running on "
                            + layout.root() + ". Stop it first (Ctrl-C in its terminal, or kill -INT "
                            + process.pid() + "), or use another data directory: --launcher.data-dir=<dir>");
                });
    }

    /** The names of what it stopped, for one line of output. */
    public static List<String> stop(DataLayout layout) {
        List<String> stopped = new ArrayList<>();
        List<ProcessHandle> services = new ArrayList<>();
        for (Path path : pidFiles(layout)) {
            PidFile pidFile = new PidFile(path);
            pidFile.liveProcess().ifPresent(process -> {
                services.add(process);
                stopped.add(path.getFileName().toString().replace(".pid", ""));
            });
            pidFile.delete();
        }
        terminate(services);
        postmaster(layout.postgres()).ifPresent(postgres -> {
            terminate(List.of(postgres));
            stopped.add("postgres");
        });
        return stopped;
    }

    private static List<Path> pidFiles(DataLayout layout) {
        if (!Files.isDirectory(layout.run())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(layout.run())) {
            return files.filter(file -> file.toString().endsWith(".pid"))
                    .filter(file -> !file.equals(layout.pidFile(LAUNCHER)))
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The postmaster of this data directory, if one still runs (first line: pid, second: directory). */
    static Optional<ProcessHandle> postmaster(Path dataDirectory) {
        try {
            List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
            long pid = Long.parseLong(lines.get(0).trim());
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(process -> process.info()
                            .command()
                            .map(c -> c.contains("postgres"))
                            .orElse(true));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void terminate(List<ProcessHandle> processes) {
        processes.forEach(ProcessHandle::destroy);
        for (ProcessHandle process : processes) {
            try {
                process.onExit().get(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                process.destroyForcibly();
            }
        }
    }
}

package nl.starters.launcher;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One running service JVM: its output goes to its own log file, its pid to a pid file. Public for tests
 * that start, kill and restart single services (e2e's outage rig) the way the federation does.
 */
public final class ServiceProcess {

    private final ServiceSpec spec;
    private final Process process;
    private final Path log;
    private final PidFile pidFile;

    private ServiceProcess(ServiceSpec spec, Process process, Path log, PidFile pidFile) {
        this.spec = spec;
        this.process = process;
        this.log = log;
        this.pidFile = pidFile;
    }

    public static ServiceProcess start(ServiceSpec spec, List<String> command, Path root, DataLayout layout) {
        Path log = layout.log(spec.name());
        try {
            Process process = new ProcessBuilder(command)
                    .directory(root.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(Redirect.to(log.toFile()))
                    .start();
            PidFile pidFile = PidFile.write(layout.pidFile(spec.name()), process.toHandle());
            return new ServiceProcess(spec, process, log, pidFile);
        } catch (IOException e) {
            throw new LauncherFailure("Could not start " + spec.name() + ": " + e.getMessage(), e);
        }
    }

    public ServiceSpec spec() {
        return spec;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Asks the JVM to stop (SIGTERM: graceful shutdown); see {@link #awaitExit}. */
    public void requestStop() {
        process.destroy();
    }

    public void kill() {
        process.destroyForcibly();
    }

    /** Waits for the exit until the deadline, then kills it; forgets its pid file. */
    public void awaitExit(long deadlineNanos) throws InterruptedException {
        long left = deadlineNanos - System.nanoTime();
        if (!process.waitFor(Math.max(left, 0), TimeUnit.NANOSECONDS)) {
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
        }
        pidFile.delete();
    }

    /** The last lines of its log, for the person finding out why it did not start. */
    public String tail(int lines) {
        try {
            List<String> all = new String(Files.readAllBytes(log), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | RuntimeException e) {
            return "(could not read " + log + ": " + e.getMessage() + ")";
        }
    }

    public Path log() {
        return log;
    }
}

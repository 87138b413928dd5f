package nl.starters.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Remembers a child's pid and start time, so a launcher that was killed hard can find and stop
 * its orphans on the next start — and never a process that merely reuses the pid.
 */
record PidFile(Path path) {

    static PidFile write(Path path, ProcessHandle process) {
        long started = process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
        try {
            Files.writeString(path, process.pid() + " " + started + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + path, e);
        }
        return new PidFile(path);
    }

    /** The process this file names, if it still runs (same pid and same start time). */
    Optional<ProcessHandle> liveProcess() {
        try {
            String[] fields = Files.readString(path).trim().split("\\s+");
            long pid = Long.parseLong(fields[0]);
            long started = fields.length > 1 ? Long.parseLong(fields[1]) : 0L;
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(handle -> started == 0L
                            || handle.info()
                                    .startInstant()
                                    .map(Instant::toEpochMilli)
                                    .orElse(started)
                                    .equals(started));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    void delete() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // a stale pid file is checked (pid and start time) before it is acted on
        }
    }
}

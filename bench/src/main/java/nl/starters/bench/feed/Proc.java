package nl.starters.bench.feed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Readings from Linux's /proc: CPU time of processes and of the machine, memory, load average. */
public final class Proc {

    /** Clock ticks per second of /proc's CPU times (USER_HZ: 100 on every Linux this runs on). */
    private static final double TICKS = 100.0;

    private Proc() {}

    /** CPU seconds (user + system) of one process; with {@code children}, plus those of its waited-for children. */
    public static double cpuSeconds(long pid, boolean children) {
        List<String> fields = statFields(pid);
        if (fields.isEmpty()) {
            return 0;
        }
        // after "pid (comm) ": state is [0], utime [11], stime [12], cutime [13], cstime [14]
        long ticks = Long.parseLong(fields.get(11)) + Long.parseLong(fields.get(12));
        if (children) {
            ticks += Long.parseLong(fields.get(13)) + Long.parseLong(fields.get(14));
        }
        return ticks / TICKS;
    }

    /**
     * CPU seconds of a process tree like PostgreSQL's: the postmaster with every backend that ended (counted in
     * its children's time) and every live backend.
     */
    public static double treeCpuSeconds(long rootPid) {
        double seconds = cpuSeconds(rootPid, true);
        for (ProcessHandle child :
                ProcessHandle.of(rootPid).map(root -> root.children().toList()).orElse(List.of())) {
            seconds += cpuSeconds(child.pid(), false);
        }
        return seconds;
    }

    /**
     * Waits (up to 5 s) until no child of this process is a zombie: an ended backend not yet waited for shows
     * neither among the live ones nor in the postmaster's children's time, and would fall out of a reading.
     */
    public static void awaitChildrenReaped(long rootPid) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline
                && ProcessHandle.of(rootPid).stream()
                        .flatMap(ProcessHandle::children)
                        .anyMatch(child -> statFields(child.pid()).stream()
                                .findFirst()
                                .orElse("")
                                .equals("Z"))) {
            Thread.sleep(20);
        }
    }

    public static long parentOf(long pid) {
        return Long.parseLong(statFields(pid).get(1));
    }

    /** Resident memory now and at its highest (VmRSS, VmHWM) in MiB. */
    public static String memory(long pid) {
        return "RSS %.0f MiB (peak %.0f MiB)"
                .formatted(statusKib(pid, "VmRSS:") / 1024.0, statusKib(pid, "VmHWM:") / 1024.0);
    }

    /** Resident memory now in MiB (VmRSS). */
    public static double rssMiB(long pid) {
        return statusKib(pid, "VmRSS:") / 1024.0;
    }

    public static String loadAverage() {
        String[] load = read(Path.of("/proc/loadavg")).split(" ");
        return load[0] + " " + load[1] + " " + load[2];
    }

    /** The machine's CPU time so far, from /proc/stat's first line. */
    public record Machine(double busy, double idle, double steal) {

        public static Machine now() {
            String[] cpu = read(Path.of("/proc/stat"))
                    .lines()
                    .findFirst()
                    .orElseThrow()
                    .trim()
                    .split("\\s+");
            // cpu user nice system idle iowait irq softirq steal ...
            double user = ticks(cpu, 1) + ticks(cpu, 2);
            double system = ticks(cpu, 3) + ticks(cpu, 6) + ticks(cpu, 7);
            return new Machine(user + system, ticks(cpu, 4) + ticks(cpu, 5), ticks(cpu, 8));
        }

        public Machine since(Machine start) {
            return new Machine(busy - start.busy, idle - start.idle, steal - start.steal);
        }

        private static double ticks(String[] cpu, int index) {
            return cpu.length > index ? Long.parseLong(cpu[index]) / TICKS : 0;
        }
    }

    private static List<String> statFields(long pid) {
        String stat = read(Path.of("/proc/" + pid + "/stat"));
        if (stat.isEmpty()) {
            return List.of();
        }
        return List.of(stat.substring(stat.lastIndexOf(')') + 2).trim().split(" "));
    }

    private static long statusKib(long pid, String key) {
        return read(Path.of("/proc/" + pid + "/status"))
                .lines()
                .filter(line -> line.startsWith(key))
                .map(line -> line.substring(key.length()).trim().split("\\s+")[0])
                .mapToLong(Long::parseLong)
                .findFirst()
                .orElse(0);
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            return ""; // the process ended
        }
    }
}

package nl.starters.bench.feed;

/**
 * Where the CPU went during a measured window: this JVM (the HTTP clients, and the idle Kafka broker), the
 * service's JVM, PostgreSQL (postmaster and every backend), pgbench, and the rest of the machine (other work on
 * this shared machine) — from /proc, in cores (CPU seconds per second).
 */
final class Measurements {

    private final long servicePid;
    private final long postmasterPid;

    Measurements(long servicePid, long postmasterPid) {
        this.servicePid = servicePid;
        this.postmasterPid = postmasterPid;
    }

    record Snapshot(long nanos, double client, double service, double postgres, Proc.Machine machine) {}

    /** In cores over the window; {@code other} is what the machine did besides the four of them. */
    record Usage(
            double seconds,
            double client,
            double service,
            double postgres,
            double pgbench,
            double other,
            double idle,
            double steal,
            String loadAverage) {}

    Snapshot now() throws InterruptedException {
        Proc.awaitChildrenReaped(postmasterPid);
        return new Snapshot(
                System.nanoTime(),
                Proc.cpuSeconds(ProcessHandle.current().pid(), false),
                Proc.cpuSeconds(servicePid, false),
                Proc.treeCpuSeconds(postmasterPid),
                Proc.Machine.now());
    }

    /** @param pgbenchSeconds pgbench's CPU seconds in the window (0 when it did not run) */
    Usage since(Snapshot start, double pgbenchSeconds) throws InterruptedException {
        Snapshot end = now();
        double seconds = (end.nanos() - start.nanos()) / 1e9;
        double client = (end.client() - start.client()) / seconds;
        double service = (end.service() - start.service()) / seconds;
        double postgres = (end.postgres() - start.postgres()) / seconds;
        double pgbench = pgbenchSeconds / seconds;
        Proc.Machine machine = end.machine().since(start.machine());
        double other = Math.max(0, machine.busy() / seconds - client - service - postgres - pgbench);
        return new Usage(
                seconds,
                client,
                service,
                postgres,
                pgbench,
                other,
                machine.idle() / seconds,
                machine.steal() / seconds,
                Proc.loadAverage());
    }
}

package nl.starters.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The service JVMs of the federation: started side by side, stopped side by side. */
final class ServiceGroup implements AutoCloseable {

    private final LauncherProperties properties;
    private final DataLayout layout;
    private final Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    private final List<ServiceProcess> running = new ArrayList<>();
    private final List<ServiceProcess> starting = new ArrayList<>();
    private boolean closed;

    ServiceGroup(LauncherProperties properties, DataLayout layout) {
        this.properties = properties;
        this.layout = layout;
    }

    synchronized void start(List<ServiceSpec> services) {
        for (ServiceSpec service : services) {
            if (closed) {
                throw new LauncherFailure("Stopped while starting.");
            }
            List<String> command = service.command(java, properties.jvmOptions(), properties.root());
            starting.add(ServiceProcess.start(service, command, properties.root(), layout));
        }
    }

    void awaitReady(Duration timeout) throws InterruptedException {
        List<ServiceProcess> waiting;
        synchronized (this) {
            waiting = List.copyOf(starting);
        }
        new Readiness().await(waiting, timeout);
        synchronized (this) {
            starting.removeAll(waiting);
            running.addAll(waiting);
        }
    }

    /** SIGTERM to all (graceful shutdown), then waits up to the stop timeout, then kills what is left. */
    @Override
    public void close() {
        List<ServiceProcess> all;
        synchronized (this) {
            closed = true;
            all = new ArrayList<>(running);
            all.addAll(starting);
            running.clear();
            starting.clear();
        }
        all.forEach(ServiceProcess::requestStop);
        long deadline = System.nanoTime() + properties.stopTimeout().toNanos();
        for (ServiceProcess process : all) {
            try {
                process.awaitExit(deadline);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                all.forEach(ServiceProcess::kill);
                return;
            }
        }
    }
}

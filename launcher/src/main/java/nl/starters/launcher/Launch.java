package nl.starters.launcher;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import sun.misc.Signal;

/**
 * One run of the embedded default: start, print the ready line, wait for Ctrl-C or SIGTERM, stop
 * in order. It handles the signals itself so that nothing else (PostgreSQL's own shutdown hook)
 * stops before the services are gone.
 */
final class Launch {

    private final LauncherProperties properties;
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private volatile boolean stopping;

    Launch(LauncherProperties properties) {
        this.properties = properties;
    }

    int run() {
        Federation federation;
        try {
            federation = new Federation(properties, System.out::println);
        } catch (LauncherFailure e) {
            return fail(e.getMessage());
        }
        for (String signal : new String[] {"INT", "TERM", "HUP"}) {
            Signal.handle(new Signal(signal), received -> requestStop(federation));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(federation::close, "federation-stop"));
        try {
            federation.start();
            System.out.println(ReadyLine.of(sinceLaunch(), federation.plan(), properties.root(), properties.data()));
            DemoAccounts.lines(federation).forEach(System.out::println);
            stopRequested.await();
            return 0;
        } catch (RuntimeException e) {
            return stopping ? 130 : fail(e instanceof LauncherFailure ? e.getMessage() : e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        } finally {
            federation.close();
        }
    }

    private void requestStop(Federation federation) {
        stopping = true;
        System.out.println("Stopping: services, then Kafka, then PostgreSQL …");
        stopRequested.countDown();
        federation.close();
    }

    /** Since this JVM started: what the person who typed the command waited. */
    private static Duration sinceLaunch() {
        Instant started = ProcessHandle.current().info().startInstant().orElseGet(Instant::now);
        return Duration.between(started, Instant.now());
    }

    private static int fail(String message) {
        System.err.println("NOT STARTED: " + message);
        return 1;
    }
}

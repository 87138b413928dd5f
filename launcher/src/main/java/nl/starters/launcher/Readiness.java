package nl.starters.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Waits until every service answers {@code /readyz} with 200 — or tells which one died or never
 * became ready, with the end of its log.
 */
public final class Readiness {

    private static final int TAIL = 40;
    private static final Duration POLL = Duration.ofMillis(250);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    public void await(List<ServiceProcess> processes, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<ServiceProcess> waiting = new ArrayList<>(processes);
        while (true) {
            for (ServiceProcess process : List.copyOf(waiting)) {
                if (!process.isAlive()) {
                    throw died(process);
                }
                if (isReady(process.spec())) {
                    waiting.remove(process);
                }
            }
            if (waiting.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw notReady(waiting, timeout);
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    boolean isReady(ServiceSpec spec) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(spec.readinessUri()))
                .timeout(Duration.ofSeconds(2))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private static LauncherFailure died(ServiceProcess process) {
        return new LauncherFailure(process.spec().name() + " stopped while starting. Last lines of " + process.log()
                + ":" + System.lineSeparator() + process.tail(TAIL));
    }

    private static LauncherFailure notReady(List<ServiceProcess> waiting, Duration timeout) {
        String names = waiting.stream().map(p -> p.spec().name()).collect(Collectors.joining(", "));
        ServiceProcess first = waiting.get(0);
        return new LauncherFailure("Not ready after " + timeout.toSeconds() + " s: " + names
                + " (launcher.start-timeout). Last lines of " + first.log() + ":" + System.lineSeparator()
                + first.tail(TAIL));
    }
}

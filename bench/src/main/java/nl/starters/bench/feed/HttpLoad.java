package nl.starters.bench.feed;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import nl.starters.bench.Latencies;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;

/**
 * Closed-loop HTTP clients: each of N clients sends a request, waits for the whole response, and sends the next
 * (keep-alive, a fixed pool of N connections, reactor-netty on two event-loop threads).
 */
final class HttpLoad implements AutoCloseable {

    record Result(long requests, long failures, double seconds, Latencies latencies) {
        double perSecond() {
            return requests / seconds;
        }
    }

    private final int clients;
    private final ConnectionProvider pool;
    private final LoopResources loops;
    private final HttpClient http;

    HttpLoad(int port, int clients) {
        this.clients = clients;
        this.pool = ConnectionProvider.builder("feed-bench-" + clients)
                .maxConnections(clients)
                .pendingAcquireMaxCount(-1)
                .maxIdleTime(Duration.ofMinutes(10))
                .build();
        this.loops = LoopResources.create("feed-bench-client", 2, true);
        this.http = HttpClient.create(pool)
                .runOn(loops)
                .baseUrl("http://127.0.0.1:" + port)
                .keepAlive(true);
    }

    /**
     * Every client in a loop for this long; returns what was completed and how long each request took. The
     * benchmark's own thread waits for the run (bounded): this is the load generator, not a service.
     */
    Result run(Duration duration) {
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        AtomicLong failures = new AtomicLong();
        long[][] perClient = Flux.range(0, clients)
                .flatMap(client -> loop(deadline, failures), clients)
                .collectList()
                .block(duration.plusMinutes(1))
                .toArray(long[][]::new);
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] all = Arrays.stream(perClient).flatMapToLong(Arrays::stream).toArray();
        return new Result(all.length, failures.get(), seconds, Latencies.of(all));
    }

    /** One client: requests one after the other until the deadline; the latencies of the successful ones. */
    private Mono<long[]> loop(long deadline, AtomicLong failures) {
        Samples samples = new Samples();
        return Mono.defer(() -> {
                    long sent = System.nanoTime();
                    return http.get()
                            .uri(PageMix.randomPath(BranchProcess.BRANCH))
                            .responseSingle((response, body) -> body.asByteArray()
                                    .defaultIfEmpty(new byte[0])
                                    .map(bytes -> response.status().code() == 200 && bytes.length > 0))
                            .doOnNext(ok -> {
                                if (ok) {
                                    samples.add(System.nanoTime() - sent);
                                } else {
                                    failures.incrementAndGet();
                                }
                            })
                            .onErrorResume(error -> {
                                failures.incrementAndGet();
                                return Mono.empty();
                            });
                })
                .repeat(() -> System.nanoTime() < deadline)
                .then(Mono.fromSupplier(samples::toArray));
    }

    /** A growing array of one client's latencies; one client's requests never overlap. */
    private static final class Samples {
        private long[] nanos = new long[4096];
        private int size;

        void add(long value) {
            if (size == nanos.length) {
                nanos = Arrays.copyOf(nanos, size * 2);
            }
            nanos[size++] = value;
        }

        long[] toArray() {
            return Arrays.copyOf(nanos, size);
        }
    }

    @Override
    public void close() {
        pool.disposeLater().block(Duration.ofSeconds(10));
        loops.disposeLater().block(Duration.ofSeconds(10));
    }
}

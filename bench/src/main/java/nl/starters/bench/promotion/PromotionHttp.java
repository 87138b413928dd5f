package nl.starters.bench.promotion;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;

/**
 * The two calls the benchmark makes: staff promote a question in the branch, a member reads it (or the list's
 * total) from the national forum. Keep-alive connections on loopback, reactor-netty on two event-loop threads.
 */
final class PromotionHttp implements AutoCloseable {

    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");

    /** A response's status and when it arrived (System.nanoTime()). */
    record Answer(int status, long at, String body) {}

    private final ConnectionProvider pool;
    private final LoopResources loops;
    private final HttpClient branch;
    private final HttpClient national;

    PromotionHttp(int branchPort, int nationalPort, int connections) {
        this.pool = ConnectionProvider.builder("promotion-bench")
                .maxConnections(connections)
                .pendingAcquireMaxCount(-1)
                .build();
        this.loops = LoopResources.create("promotion-bench-client", 2, true);
        this.branch = HttpClient.create(pool).runOn(loops).baseUrl("http://127.0.0.1:" + branchPort);
        this.national = HttpClient.create(pool).runOn(loops).baseUrl("http://127.0.0.1:" + nationalPort);
    }

    /** {@code POST /api/branches/utrecht/questions/{id}/promote} as staff of utrecht. */
    Mono<Answer> promote(UUID question, String staffBearer) {
        return branch.headers(headers -> headers.set("Authorization", staffBearer))
                .post()
                .uri("/api/branches/utrecht/questions/" + question + "/promote")
                .responseSingle((response, body) -> body.asString()
                        .defaultIfEmpty("")
                        .map(text -> new Answer(response.status().code(), System.nanoTime(), text)));
    }

    /** {@code GET /api/national/questions/{id}} as a member: 200 once the national copy is served. */
    Mono<Answer> read(UUID question, String memberBearer) {
        return get("/api/national/questions/" + question, memberBearer);
    }

    /** How many of utrecht's questions the national list serves ({@code total} of a one-item page). */
    Mono<Long> servedTotal(String memberBearer) {
        return get("/api/national/questions?branch=utrecht&size=1", memberBearer)
                .map(answer -> {
                    Matcher total = TOTAL.matcher(answer.body());
                    if (answer.status() != 200 || !total.find()) {
                        throw new IllegalStateException(
                                "national list answered " + answer.status() + ": " + answer.body());
                    }
                    return Long.parseLong(total.group(1));
                });
    }

    private Mono<Answer> get(String path, String bearer) {
        return national.headers(headers -> headers.set("Authorization", bearer))
                .get()
                .uri(path)
                .responseSingle((response, body) -> body.asString()
                        .defaultIfEmpty("")
                        .map(text -> new Answer(response.status().code(), System.nanoTime(), text)));
    }

    @Override
    public void close() {
        pool.disposeLater().block(Duration.ofSeconds(10));
        loops.disposeLater().block(Duration.ofSeconds(10));
    }
}

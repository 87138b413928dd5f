package nl.starters.gateway.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.Connection;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/** A real HTTP server on loopback standing in for a downstream: it answers, stalls or hangs up. */
public final class StubService implements AutoCloseable {

    private final AtomicInteger requests = new AtomicInteger();
    private final DisposableServer server;

    private StubService(Handler handler) {
        this.server = HttpServer.create()
                .host("127.0.0.1")
                .port(0)
                .handle((request, response) -> {
                    requests.incrementAndGet();
                    return handler.handle(request, response);
                })
                .bindNow();
    }

    /**
     * Answers every request with JSON naming this stub, the method, path, query and body it got, the
     * credentials it carried (Authorization, Cookie, X-XSRF-TOKEN) and its W3C traceparent (each empty when
     * absent); a path ending in {@code /missing} gets a 404 problem of its own.
     */
    public static StubService answering(String name) {
        return new StubService((request, response) -> echo(name, request, response));
    }

    /** The answer of {@link #answering}, for other stubs that echo too. */
    public static Mono<Void> echo(String name, HttpServerRequest request, HttpServerResponse response) {
        return request.receive().aggregate().asString().defaultIfEmpty("").flatMap(body -> {
            if (request.path().endsWith("missing")) {
                return response.status(404)
                        .header("Content-Type", "application/problem+json")
                        .header("X-Stub", name)
                        .sendString(Mono.just("{\"title\":\"Not Found\",\"status\":404,"
                                + "\"detail\":\"No such post in " + name + ".\"}"))
                        .then();
            }
            return response.header("Content-Type", "application/json")
                    .sendString(Mono.just("{\"instance\":\"" + name + "\",\"method\":\""
                            + request.method().name() + "\",\"uri\":\"" + request.uri()
                            + "\",\"body\":\"" + body.replace("\"", "'")
                            + "\",\"authorization\":\"" + header(request, "Authorization")
                            + "\",\"cookie\":\"" + header(request, "Cookie")
                            + "\",\"xsrf\":\"" + header(request, "X-XSRF-TOKEN")
                            + "\",\"traceparent\":\"" + header(request, "traceparent") + "\"}"))
                    .then();
        });
    }

    private static String header(HttpServerRequest request, String name) {
        String value = request.requestHeaders().get(name);
        return value == null ? "" : value.replace("\"", "'");
    }

    /**
     * Like {@link #answering}, but a path ending in {@code /stream} gets {@code events} server-sent events,
     * one every {@code every}: an open stream that outlasts the gateway's time limit in the tests.
     */
    public static StubService streaming(String name, int events, Duration every) {
        return new StubService((request, response) -> request.path().endsWith("stream")
                ? response.header("Content-Type", "text/event-stream")
                        .sendString(Flux.interval(every).take(events).map(i -> "id: " + i + "\ndata: {}\n\n"))
                        .then()
                : echo(name, request, response));
    }

    /** Answers only after {@code delay}: longer than the gateway's timeout in the tests. */
    public static StubService stalling(Duration delay) {
        return new StubService((request, response) -> Mono.delay(delay)
                .then(response.sendString(Mono.just("too late")).then()));
    }

    /** Accepts the request and closes the connection without an answer. */
    public static StubService hangingUp() {
        return new StubService((request, response) -> {
            response.withConnection(Connection::dispose);
            return Mono.never();
        });
    }

    /** A loopback port that nothing listens on (connection refused). */
    public static URI closedPort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    public int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.disposeNow();
    }

    @FunctionalInterface
    private interface Handler {
        Mono<Void> handle(HttpServerRequest request, HttpServerResponse response);
    }
}

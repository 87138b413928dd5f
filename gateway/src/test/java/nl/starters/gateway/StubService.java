package nl.starters.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import reactor.core.publisher.Mono;
import reactor.netty.Connection;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/** A real HTTP server on loopback standing in for a downstream: it answers, stalls or hangs up. */
final class StubService implements AutoCloseable {

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
     * Answers every request with JSON naming this stub, the method, path, query and body it got; a
     * path ending in {@code /missing} gets a 404 problem of its own.
     */
    static StubService answering(String name) {
        return new StubService((request, response) -> request.receive()
                .aggregate()
                .asString()
                .defaultIfEmpty("")
                .flatMap(body -> {
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
                                    + "\",\"body\":\"" + body.replace("\"", "'") + "\"}"))
                            .then();
                }));
    }

    /** Answers only after {@code delay}: longer than the gateway's timeout in the tests. */
    static StubService stalling(Duration delay) {
        return new StubService((request, response) -> Mono.delay(delay)
                .then(response.sendString(Mono.just("too late")).then()));
    }

    /** Accepts the request and closes the connection without an answer. */
    static StubService hangingUp() {
        return new StubService((request, response) -> {
            response.withConnection(Connection::dispose);
            return Mono.never();
        });
    }

    /** A loopback port that nothing listens on (connection refused). */
    static URI closedPort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    int requests() {
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

package nl.starters.servicedefaults.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** Loopback ports for tests: one nothing listens on (a service that is away) or that a proxy may bind. */
public final class TestPorts {

    private TestPorts() {}

    public static int unused() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

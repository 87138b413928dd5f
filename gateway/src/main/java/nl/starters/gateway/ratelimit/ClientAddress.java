package nl.starters.gateway.ratelimit;

import java.net.InetSocketAddress;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * The address a request came from. Behind a proxy or ingress set {@code server.forward-headers-strategy=native}
 * so it is the client's (from {@code X-Forwarded-For}) rather than the proxy's; never set it when clients
 * reach the gateway directly, or they choose their own address.
 */
public final class ClientAddress {

    private ClientAddress() {}

    public static String of(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        if (remote == null) {
            return "unknown";
        }
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }
}

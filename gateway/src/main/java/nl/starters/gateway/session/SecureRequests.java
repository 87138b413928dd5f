package nl.starters.gateway.session;

import org.springframework.http.server.reactive.ServerHttpRequest;

/** Whether the browser reached the gateway over TLS, itself or at a proxy in front of it. */
public final class SecureRequests {

    private SecureRequests() {}

    public static boolean isSecure(ServerHttpRequest request) {
        return request.getSslInfo() != null
                || "https".equalsIgnoreCase(request.getURI().getScheme())
                || "https".equalsIgnoreCase(request.getHeaders().getFirst("X-Forwarded-Proto"));
    }
}

package nl.starters.gateway.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * The session cookie: HttpOnly so no script reads it, SameSite=Lax so other sites' forms and scripts
 * do not carry it, Secure whenever the browser reached us over https (directly or through a proxy).
 */
@Component
public class SessionCookie {

    private final String name;

    SessionCookie(SessionProperties properties) {
        this.name = properties.cookieName();
    }

    public String name() {
        return name;
    }

    public Optional<String> read(ServerHttpRequest request) {
        return Optional.ofNullable(request.getCookies().getFirst(name))
                .map(HttpCookie::getValue)
                .filter(value -> !value.isEmpty());
    }

    /** Sets the cookie, replacing any other value this response was about to set. */
    public void write(ServerWebExchange exchange, String id) {
        set(exchange, cookie(exchange, id).build());
    }

    public void expire(ServerWebExchange exchange) {
        set(exchange, cookie(exchange, "").maxAge(0).build());
    }

    private ResponseCookie.ResponseCookieBuilder cookie(ServerWebExchange exchange, String value) {
        return ResponseCookie.from(name, value)
                .path("/")
                .httpOnly(true)
                .sameSite("Lax")
                .secure(SecureRequests.isSecure(exchange.getRequest()));
    }

    private void set(ServerWebExchange exchange, ResponseCookie cookie) {
        exchange.getResponse().getCookies().put(name, new ArrayList<>(List.of(cookie)));
    }
}

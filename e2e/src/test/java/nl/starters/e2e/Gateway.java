package nl.starters.e2e;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client that talks to the federation the way a browser does: only through the gateway, with a
 * cookie jar, echoing the {@code XSRF-TOKEN} cookie on writes — or, {@link #withBearer as an API
 * client}, with a bearer token instead of a session.
 */
final class Gateway {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;
    private final String bearer;

    Gateway(int port) {
        this(URI.create("http://127.0.0.1:" + port), null);
    }

    private Gateway(URI base, String bearer) {
        this.base = base;
        this.bearer = bearer;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
    }

    /** A fresh client (own cookie jar) on the same gateway. */
    Gateway newBrowser() {
        return new Gateway(base, null);
    }

    /** An API client: every request carries this access token, no cookies matter. */
    Gateway withBearer(String accessToken) {
        return new Gateway(base, accessToken);
    }

    /** An API client signed in as this account through {@code POST /api/token}. */
    Gateway apiClient(String username, String password) {
        Reply reply = signIn(newBrowser(), "/api/token", username, password);
        if (reply.status() != 200) {
            throw new IllegalStateException("No token for " + username + ": " + reply);
        }
        return withBearer(reply.json().path("accessToken").asString());
    }

    /** A browser signed in as this account through {@code POST /api/session}. */
    Gateway browser(String username, String password) {
        Gateway browser = newBrowser();
        Reply reply = signIn(browser, "/api/session", username, password);
        if (reply.status() != 200) {
            throw new IllegalStateException("No session for " + username + ": " + reply);
        }
        return browser;
    }

    /**
     * Signs in as a client should: a 503 (member-service busy or still warming up) is tried again after
     * its {@code Retry-After}, a few times.
     */
    private static Reply signIn(Gateway client, String path, String username, String password) {
        Map<String, String> credentials = Map.of("username", username, "password", password);
        Reply reply = client.post(path, credentials);
        for (int attempt = 1; attempt < 4 && reply.status() == 503; attempt++) {
            long seconds = reply.headers().firstValueAsLong("Retry-After").orElse(2);
            try {
                Thread.sleep(Math.min(seconds, 5) * 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            reply = client.post(path, credentials);
        }
        return reply;
    }

    Reply get(String path) {
        return send("GET", path, null);
    }

    Reply post(String path, Object body) {
        return send("POST", path, body);
    }

    Reply delete(String path) {
        return send("DELETE", path, null);
    }

    /** Any request; a write fetches the XSRF cookie first if the jar has none yet and echoes it. */
    Reply send(String method, String path, Object body) {
        boolean write = !method.equals("GET") && !method.equals("HEAD");
        if (write && bearer == null && xsrfToken().isEmpty()) {
            get("/api/branches");
        }
        return send(method, path, body, write ? xsrfToken() : Optional.empty());
    }

    /**
     * A POST carrying the jar's cookies but the given {@code X-XSRF-TOKEN} header (none if null) — what a
     * forged cross-site request or a careless client sends.
     */
    Reply postWithXsrfHeader(String path, Object body, String xsrfHeader) {
        if (xsrfToken().isEmpty()) {
            get("/api/branches");
        }
        return send("POST", path, body, Optional.ofNullable(xsrfHeader));
    }

    private Reply send(String method, String path, Object body, Optional<String> xsrfHeader) {
        HttpRequest.Builder request = request(path)
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        xsrfHeader.ifPresent(token -> request.header("X-XSRF-TOKEN", token));
        return send(request.build());
    }

    Optional<String> cookie(String name) {
        return cookies.getCookieStore().get(base).stream()
                .filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    /** Puts a cookie in the jar as a client (or an attacker) would. */
    void setCookie(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(base, cookie);
    }

    private Optional<String> xsrfToken() {
        return cookie("XSRF-TOKEN");
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(15))
                .header("Accept", "application/json, application/problem+json");
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return request;
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + request.uri(), e);
        }
    }
}

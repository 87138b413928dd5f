package nl.starters.member.testing;

import com.nimbusds.jwt.JWTParser;
import java.text.ParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * The branches' and the national forum's export endpoints as small loopback stubs: each answers
 * {@code {memberId, service, items}} for the member of the bearer token, 401 without one, and 500 for a
 * member a test made fail there. They remember the Authorization header they were sent.
 */
public final class StubExports {

    public static final String NATIONAL = "national";

    private static final Set<String> FAILING = ConcurrentHashMap.newKeySet();
    private static final Map<String, String> SEEN = new ConcurrentHashMap<>();
    private static DisposableServer server;

    private StubExports() {}

    /** From now on, this service's part of this member's export fails ("national" or "branch-<id>"). */
    public static void failFor(UUID memberId, String service) {
        FAILING.add(service + ":" + memberId);
    }

    /** The Authorization header this service got for the member's export, or null. */
    public static String authorizationSeen(UUID memberId, String service) {
        return SEEN.get(service + ":" + memberId);
    }

    static synchronized Map<String, Object> properties() {
        if (server == null) {
            server = HttpServer.create()
                    .host("127.0.0.1")
                    .port(0)
                    .route(routes -> routes.get(
                                    "/api/branches/{branch}/members/me/export",
                                    (request, response) ->
                                            answer("branch-" + request.param("branch"), request, response))
                            .get(
                                    "/api/national/members/me/export",
                                    (request, response) -> answer(NATIONAL, request, response)))
                    .bindNow();
            Runtime.getRuntime().addShutdownHook(new Thread(server::disposeNow));
        }
        String uri = "http://127.0.0.1:" + server.port();
        Map<String, Object> properties = new HashMap<>();
        for (String branch : new String[] {"utrecht", "groningen", "eindhoven"}) {
            properties.put("community.routing.branch-uris." + branch, uri);
        }
        properties.put("community.routing.national-forum-uri", uri);
        return properties;
    }

    private static Publisher<Void> answer(String service, HttpServerRequest request, HttpServerResponse response) {
        String authorization = request.requestHeaders().get("Authorization");
        String member = subjectOf(authorization);
        if (member == null) {
            return response.status(401).send();
        }
        SEEN.put(service + ":" + member, authorization);
        if (FAILING.contains(service + ":" + member)) {
            return response.status(500).send();
        }
        String body = """
                {"memberId":"%s","service":"%s","items":{"posts":[{"id":"p-1","title":"Hallo %s"}]}}""".formatted(member, service, service);
        return response.header("Content-Type", "application/json").sendString(Mono.just(body));
    }

    private static String subjectOf(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return null;
        }
        try {
            return JWTParser.parse(authorization.substring(7)).getJWTClaimsSet().getSubject();
        } catch (ParseException e) {
            return null;
        }
    }
}

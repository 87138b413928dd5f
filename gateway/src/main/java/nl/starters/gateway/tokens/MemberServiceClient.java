package nl.starters.gateway.tokens;

import io.netty.channel.ChannelOption;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import nl.starters.gateway.routing.RoutingProperties;
import nl.starters.servicedefaults.branches.ServiceLocations;
import nl.starters.servicedefaults.tracing.CurrentTrace;
import nl.starters.servicedefaults.tracing.PropagateTrace;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

/**
 * Member-service's internal token API ({@code /api/auth/**}, never routed to the outside) and the
 * linking of a bank login to a signed-in member. A 4xx becomes {@link MemberServiceRefused}; no
 * answer in time, a refused connection or a 5xx becomes {@link MemberServiceUnavailable}.
 */
@Component
public class MemberServiceClient {

    private static final Log log = LogFactory.getLog(MemberServiceClient.class);

    private final WebClient web;
    private final RoutingProperties routing;

    /**
     * A plain WebClient, not Boot's observed builder: its {@code http.client.requests} meters carry other
     * tags than the gateway's routes' meters of that name, and Prometheus would then drop the routes'. So the
     * request's trace is sent on by hand.
     */
    MemberServiceClient(ServiceLocations locations, RoutingProperties routing, CurrentTrace trace) {
        var http = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 1000)
                .responseTimeout(routing.timeout());
        this.web = WebClient.builder()
                .baseUrl(locations.memberServiceUri().toString())
                .clientConnector(new ReactorClientHttpConnector(http))
                .filter(new PropagateTrace(trace))
                .build();
        this.routing = routing;
    }

    public Mono<TokenPair> token(Credentials credentials) {
        return post("/api/auth/token", credentials, null, TokenPair.class);
    }

    public Mono<TokenPair> refresh(String refreshToken) {
        return post("/api/auth/refresh", Map.of("refreshToken", refreshToken), null, TokenPair.class);
    }

    /** Revokes the refresh token and the rest of its family. */
    public Mono<Void> logout(String refreshToken) {
        return post("/api/auth/logout", Map.of("refreshToken", refreshToken), null, Void.class);
    }

    /** The member linked to the bank login this ID token proves (created on the first login). */
    public Mono<TokenPair> federated(String idToken) {
        return post("/api/auth/federated", Map.of("idToken", idToken), null, TokenPair.class);
    }

    /** Links the bank login this ID token proves to the member whose access token this is. */
    public Mono<Void> link(String accessToken, String idToken) {
        return post("/api/members/me/identities", Map.of("idToken", idToken), accessToken, Void.class);
    }

    private <T> Mono<T> post(String path, Object body, String bearer, Class<T> answer) {
        return web.post()
                .uri(path)
                .headers(headers -> {
                    if (bearer != null) {
                        headers.set(HttpHeaders.AUTHORIZATION, "Bearer " + bearer);
                    }
                })
                .bodyValue(body)
                .exchangeToMono(response -> read(response, answer))
                .timeout(routing.timeout())
                .onErrorMap(
                        error -> error instanceof TimeoutException || error instanceof WebClientRequestException,
                        MemberServiceUnavailable::new)
                .doOnError(
                        MemberServiceUnavailable.class,
                        down -> log.warn("member-service " + path + ": " + down.getCause()));
    }

    private static <T> Mono<T> read(ClientResponse response, Class<T> answer) {
        if (response.statusCode().is2xxSuccessful()) {
            return answer == Void.class ? response.releaseBody().then(Mono.empty()) : response.bodyToMono(answer);
        }
        if (response.statusCode().is4xxClientError()) {
            return response.bodyToMono(RemoteProblem.class)
                    .onErrorResume(unreadable -> Mono.empty())
                    .defaultIfEmpty(new RemoteProblem(null, null))
                    .flatMap(problem -> Mono.error(new MemberServiceRefused(
                            response.statusCode(),
                            problem.title() != null ? problem.title() : "Refused",
                            problem.detail() != null ? problem.detail() : "The member service refused this.")));
        }
        return response.releaseBody()
                .then(Mono.error(new MemberServiceUnavailable(
                        new IllegalStateException("member-service answered " + response.statusCode()))));
    }

    record RemoteProblem(String title, String detail) {}
}

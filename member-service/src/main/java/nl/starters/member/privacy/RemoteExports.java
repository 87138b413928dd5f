package nl.starters.member.privacy;

import java.util.Map;
import nl.starters.servicedefaults.branches.ServiceLocations;
import nl.starters.servicedefaults.security.Caller;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * The member's content held by the home branch and the national forum, asked for with the member's own
 * access token, so each service decides itself what it hands out and to whom.
 */
@Component
class RemoteExports {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};

    private final WebClient web;
    private final ServiceLocations locations;
    private final PrivacyProperties properties;

    RemoteExports(WebClient.Builder web, ServiceLocations locations, PrivacyProperties properties) {
        this.web = web.build();
        this.locations = locations;
        this.properties = properties;
    }

    Mono<Map<String, Object>> branch(String branch, Caller caller) {
        String uri = locations.branchUri(branch) + "/api/branches/" + branch + "/members/me/export";
        return fetch("branch '" + branch + "'", uri, caller);
    }

    Mono<Map<String, Object>> national(Caller caller) {
        String uri = locations.nationalForumUri() + "/api/national/members/me/export";
        return fetch("the national forum", uri, caller);
    }

    private Mono<Map<String, Object>> fetch(String part, String uri, Caller caller) {
        return web.get()
                .uri(uri)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + caller.token())
                .retrieve()
                .bodyToMono(JSON)
                .switchIfEmpty(Mono.error(() -> new IllegalStateException("empty answer")))
                .timeout(properties.exportPartTimeout())
                .onErrorMap(failure -> new ExportPartUnavailable(part, failure));
    }
}

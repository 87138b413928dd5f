package nl.starters.gateway.routing;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the gateway sends each part of the API and how long it waits for it. A branch runs at
 * {@code branch-uris.<id>} when given, else at the template (the Kubernetes service name); the
 * embedded default passes every URI on the command line.
 *
 * @param timeout how long a downstream may take to start answering before the caller gets a 503
 * @param retryAfter how long an open circuit breaker keeps a downstream cut off; also the
 *     {@code Retry-After} the caller is given
 */
@ConfigurationProperties("community.routing")
public record RoutingProperties(
        @DefaultValue Map<String, URI> branchUris,
        @DefaultValue("http://local-branch-{id}:8080") String branchUriTemplate,
        @DefaultValue("http://member-service:8080") URI memberServiceUri,
        @DefaultValue("http://national-forum-service:8080") URI nationalForumUri,
        @DefaultValue("2s") Duration timeout,
        @DefaultValue("10s") Duration retryAfter) {

    public RoutingProperties {
        if (!branchUriTemplate.contains("{id}")) {
            throw new IllegalArgumentException("community.routing.branch-uri-template must contain {id}");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("community.routing.timeout must be positive");
        }
        if (retryAfter.toSeconds() < 1) {
            throw new IllegalArgumentException("community.routing.retry-after must be at least 1s");
        }
    }

    public URI branchUri(String id) {
        URI uri = branchUris.get(id);
        return uri != null ? uri : URI.create(branchUriTemplate.replace("{id}", id));
    }

    /** A URI for a branch the registry does not hold is a typo; fail the start rather than ignore it. */
    void requireOnlyKnownBranches(Set<String> registered) {
        branchUris.keySet().stream()
                .filter(id -> !registered.contains(id))
                .findFirst()
                .ifPresent(id -> {
                    throw new IllegalStateException("community.routing.branch-uris." + id
                            + " names a branch that is not in the branch registry (community.branches)");
                });
    }
}

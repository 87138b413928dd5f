package nl.starters.servicedefaults.branches;

import java.net.URI;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where each service of the federation answers: the gateway routes there and member-service gathers a
 * member's export from there. A branch runs at {@code branch-uris.<id>} when given, else at the template
 * (the Kubernetes service name); the embedded default passes every URI on the command line.
 */
@ConfigurationProperties("community.routing")
public record ServiceLocations(
        @DefaultValue Map<String, URI> branchUris,
        @DefaultValue("http://local-branch-{id}:8080") String branchUriTemplate,
        @DefaultValue("http://member-service:8080") URI memberServiceUri,
        @DefaultValue("http://national-forum-service:8080") URI nationalForumUri) {

    public ServiceLocations {
        if (!branchUriTemplate.contains("{id}")) {
            throw new IllegalArgumentException("community.routing.branch-uri-template must contain {id}");
        }
    }

    public URI branchUri(String id) {
        URI uri = branchUris.get(id);
        return uri != null ? uri : URI.create(branchUriTemplate.replace("{id}", id));
    }

    /** A URI for a branch the registry does not hold is a typo; fail the start rather than ignore it. */
    public void requireOnlyKnownBranches(Set<String> registered) {
        branchUris.keySet().stream()
                .filter(id -> !registered.contains(id))
                .findFirst()
                .ifPresent(id -> {
                    throw new IllegalStateException("community.routing.branch-uris." + id
                            + " names a branch that is not in the branch registry (community.branches)");
                });
    }
}

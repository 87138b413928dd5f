package nl.starters.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoutingPropertiesTests {

    private final RoutingProperties routing = new RoutingProperties(
            Map.of("utrecht", URI.create("http://localhost:8101")),
            "http://local-branch-{id}:8080",
            URI.create("http://member-service:8080"),
            URI.create("http://national-forum-service:8080"),
            Duration.ofSeconds(2),
            Duration.ofSeconds(10));

    @Test
    void aBranchWithItsOwnUriRunsThere() {
        assertThat(routing.branchUri("utrecht")).isEqualTo(URI.create("http://localhost:8101"));
    }

    @Test
    void anyOtherBranchRunsAtItsServiceName() {
        assertThat(routing.branchUri("groningen")).isEqualTo(URI.create("http://local-branch-groningen:8080"));
    }

    @Test
    void aUriForABranchOutsideTheRegistryStopsTheStart() {
        assertThatIllegalStateException()
                .isThrownBy(() -> routing.requireOnlyKnownBranches(Set.of("groningen")))
                .withMessageContaining("community.routing.branch-uris.utrecht");
    }

    @Test
    void aTemplateWithoutTheIdIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RoutingProperties(
                        Map.of(),
                        "http://local-branch:8080",
                        routing.memberServiceUri(),
                        routing.nationalForumUri(),
                        routing.timeout(),
                        routing.retryAfter()))
                .withMessageContaining("{id}");
    }
}

package nl.starters.servicedefaults.branches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.net.URI;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ServiceLocationsTests {

    private final ServiceLocations routing = new ServiceLocations(
            Map.of("utrecht", URI.create("http://localhost:8101")),
            "http://local-branch-{id}:8080",
            URI.create("http://member-service:8080"),
            URI.create("http://national-forum-service:8080"));

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
                .isThrownBy(() -> new ServiceLocations(
                        Map.of(), "http://local-branch:8080", routing.memberServiceUri(), routing.nationalForumUri()))
                .withMessageContaining("{id}");
    }
}

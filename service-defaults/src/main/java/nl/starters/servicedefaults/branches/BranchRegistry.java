package nl.starters.servicedefaults.branches;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The branches of the federation, read from {@code config/branches.yml} (a ConfigMap in
 * Kubernetes) so that adding a branch is one entry; the gateway routes by it and member-service
 * checks a home branch against it. Checked while binding: a typo stops the start
 * instead of turning into a route nobody can reach.
 */
@ConfigurationProperties("community")
public record BranchRegistry(List<Branch> branches) {

    public BranchRegistry {
        branches = branches == null ? List.of() : List.copyOf(branches);
        var ids = new HashSet<String>();
        for (Branch branch : branches) {
            if (!ids.add(branch.id())) {
                throw new IllegalArgumentException(
                        "Branch id '" + branch.id() + "' appears more than once in community.branches");
            }
        }
    }

    public Optional<Branch> find(String id) {
        return branches.stream().filter(branch -> branch.id().equals(id)).findFirst();
    }
}

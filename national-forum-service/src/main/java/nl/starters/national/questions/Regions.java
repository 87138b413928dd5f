package nl.starters.national.questions;

import nl.starters.servicedefaults.branches.Branch;
import nl.starters.servicedefaults.branches.BranchRegistry;
import org.springframework.stereotype.Component;

/** The region of an origin branch, from the branch registry; null for a branch the registry does not know. */
@Component
class Regions {

    private final BranchRegistry registry;

    Regions(BranchRegistry registry) {
        this.registry = registry;
    }

    String of(String branch) {
        return registry.find(branch).map(Branch::region).orElse(null);
    }

    BranchRegistry registry() {
        return registry;
    }
}

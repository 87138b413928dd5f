package nl.starters.launcher;

import java.util.List;
import nl.starters.servicedefaults.branches.Branch;

/** The registry of the embedded default, for tests that need branches. */
final class BranchesFixture {

    static final List<Branch> THREE = List.of(
            new Branch("utrecht", "Utrecht", "Midden"),
            new Branch("groningen", "Groningen", "Noord"),
            new Branch("eindhoven", "Eindhoven", "Zuid"));

    private BranchesFixture() {}
}

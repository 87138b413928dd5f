package nl.starters.gateway.branches;

import java.util.List;
import nl.starters.servicedefaults.branches.Branch;

/** One page of the branch list, in the shape every list of the API has. */
record BranchPage(List<Branch> items, int page, int size, int total) {}

package nl.starters.national.questions;

import java.util.List;
import java.util.Locale;
import nl.starters.servicedefaults.branches.Branch;
import nl.starters.servicedefaults.branches.BranchRegistry;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Which national questions a list shows: those of the origin branches of a region, of one branch, with a
 * tag; newest first, or trending (see {@link NationalQuestionRepository#TRENDING_DAYS}).
 *
 * @param branches the origin branches to show; null for all
 */
record QuestionFilter(List<String> branches, String tag, boolean trending) {

    static QuestionFilter of(BranchRegistry registry, String region, String branch, String tag, String sort) {
        List<String> branches = null;
        if (region != null && !region.isBlank()) {
            branches = registry.branches().stream()
                    .filter(known -> known.region().equalsIgnoreCase(region.strip()))
                    .map(Branch::id)
                    .toList();
            if (branches.isEmpty()) {
                throw new ResponseStatusException(
                        HttpStatus.BAD_REQUEST,
                        "region: no branch is in region '" + region.strip() + "'; the regions are "
                                + registry.branches().stream()
                                        .map(Branch::region)
                                        .distinct()
                                        .toList());
            }
        }
        if (branch != null && !branch.isBlank()) {
            String only = branch.strip();
            branches = branches == null || branches.contains(only) ? List.of(only) : List.of();
        }
        String normalisedTag = tag == null || tag.isBlank() ? null : tag.strip().toLowerCase(Locale.ROOT);
        return new QuestionFilter(branches, normalisedTag, trending(sort));
    }

    private static boolean trending(String sort) {
        if (sort == null || sort.isBlank() || sort.equals("newest")) {
            return false;
        }
        if (sort.equals("trending")) {
            return true;
        }
        throw new ResponseStatusException(
                HttpStatus.BAD_REQUEST, "sort: either 'newest' (the default) or 'trending', was '" + sort + "'");
    }
}

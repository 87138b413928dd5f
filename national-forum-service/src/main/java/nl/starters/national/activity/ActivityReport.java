package nl.starters.national.activity;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * The coordinators' view of a period: a row per branch of the registry (a branch without activity has
 * zeros), subtotals per region, the national forum's own activity, and the national totals.
 */
record ActivityReport(
        @Schema(description = "first day of the period (inclusive)")
        LocalDate from,

        @Schema(description = "last day of the period (inclusive)")
        LocalDate to,

        @Schema(description = "the time zone that bounds the days", example = "Europe/Amsterdam")
        String zone,

        @Schema(
                description = "one row per branch: the registry's, then any other branch that sent activity"
                        + " (its name is its id, its region null)")
        List<BranchRow> branches,

        @Schema(description = "subtotals per region of the registry")
        List<RegionRow> regions,

        @Schema(description = "activity in the national forum itself (branch `national`)")
        ActivityFigures nationalForum,

        @Schema(description = "everything: all branches and the national forum")
        ActivityFigures totals) {

    /** A branch and its figures. */
    record BranchRow(String id, String name, String region, ActivityFigures activity) {}

    /** A region, its branches and their figures together (members counted once in the region). */
    record RegionRow(String region, List<String> branches, ActivityFigures activity) {}
}

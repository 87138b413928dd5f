package nl.starters.national.activity;

import io.r2dbc.spi.Readable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.starters.national.activity.ActivityReport.BranchRow;
import nl.starters.national.activity.ActivityReport.RegionRow;
import nl.starters.servicedefaults.branches.Branch;
import nl.starters.servicedefaults.branches.BranchRegistry;

/**
 * Puts a period's figures together: every branch of the registry (zeros when quiet), branches outside
 * it that sent activity, region subtotals, the national forum and the totals. Spread keys are
 * {@code b:<branch>}, {@code r:<region>} and {@code *} for everything.
 */
record ReportAssembly(
        BranchRegistry registry, Map<String, Counts> counts, Map<String, Long> members, Map<String, Double[]> waits) {

    static final String NATIONAL = "national";
    static final String TOTAL = "*";

    /** The spread key of a grouping-set row; null for the group of branches without a region. */
    static String key(Readable row) {
        boolean allBranches = row.get("all_branches", Integer.class) == 1;
        boolean allRegions = row.get("all_regions", Integer.class) == 1;
        if (allBranches && allRegions) {
            return TOTAL;
        }
        if (!allBranches) {
            return "b:" + row.get("branch", String.class);
        }
        String region = row.get("region", String.class);
        return region == null ? null : "r:" + region;
    }

    ActivityReport report(LocalDate from, LocalDate to, String zone) {
        List<BranchRow> branches = new ArrayList<>();
        registry.branches()
                .forEach(b -> branches.add(
                        new BranchRow(b.id(), b.name(), b.region(), figures(Set.of(b.id()), "b:" + b.id()))));
        Set<String> known = registry.branches().stream().map(Branch::id).collect(Collectors.toSet());
        counts.keySet().stream()
                .filter(id -> !known.contains(id) && !NATIONAL.equals(id))
                .sorted()
                .forEach(id -> branches.add(new BranchRow(id, id, null, figures(Set.of(id), "b:" + id))));
        Map<String, List<String>> regions = new LinkedHashMap<>();
        registry.branches()
                .forEach(b -> regions.computeIfAbsent(b.region(), r -> new ArrayList<>())
                        .add(b.id()));
        List<RegionRow> regionRows = regions.entrySet().stream()
                .map(r -> new RegionRow(r.getKey(), r.getValue(), figures(Set.copyOf(r.getValue()), "r:" + r.getKey())))
                .toList();
        return new ActivityReport(
                from,
                to,
                zone,
                branches,
                regionRows,
                figures(Set.of(NATIONAL), "b:" + NATIONAL),
                figures(counts.keySet(), TOTAL));
    }

    private ActivityFigures figures(Set<String> branches, String spreadKey) {
        Counts sum = branches.stream()
                .map(id -> counts.getOrDefault(id, Counts.ZERO))
                .reduce(Counts.ZERO, Counts::plus);
        Double[] wait = waits.getOrDefault(spreadKey, new Double[2]);
        return ActivityFigures.of(sum, new Spread(members.getOrDefault(spreadKey, 0L), wait[0], wait[1]));
    }
}

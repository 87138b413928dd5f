package nl.starters.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.starters.servicedefaults.branches.Branch;

/** The one line that tells a person the federation is up, where to go, and how to start over. */
final class ReadyLine {

    private ReadyLine() {}

    static String of(Duration elapsed, FederationPlan plan, Path root, Path data) {
        String branches = plan.branches().stream().map(Branch::id).collect(Collectors.joining(", "));
        String dataShown = data.startsWith(root) ? root.relativize(data).toString() : data.toString();
        return String.format(
                Locale.ROOT,
                "READY in %.1f s — http://localhost:%d (gateway) · branches %s · data in %s (start fresh: ./run.sh --fresh)",
                elapsed.toMillis() / 1000.0,
                plan.gateway().port(),
                branches,
                dataShown.isEmpty() ? "." : dataShown);
    }
}

package nl.starters.e2e;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import nl.starters.launcher.BranchRegistry;
import nl.starters.launcher.Federation;
import nl.starters.launcher.FederationPlan;
import nl.starters.launcher.LauncherProperties;
import nl.starters.launcher.PortCheck;
import nl.starters.servicedefaults.branches.Branch;

/**
 * The federation of one test run, started exactly as {@code ./run.sh} starts it — but fresh, in
 * {@code e2e/target/federation}, on ports clear of the dev defaults. A failed start is kept and
 * reported to every journey instead of being retried by each.
 */
final class SharedFederation implements AutoCloseable {

    private static final String DATA = "e2e/target/federation";

    private final Federation federation;
    private final RuntimeException failure;

    private SharedFederation(Federation federation, RuntimeException failure) {
        this.federation = federation;
        this.failure = failure;
    }

    static SharedFederation start() {
        try {
            Federation federation = new Federation(properties(), line -> System.out.println("[federation] " + line));
            Runtime.getRuntime().addShutdownHook(new Thread(federation::close, "e2e-federation-stop"));
            federation.start();
            System.out.println("[federation] ready for the journeys in "
                    + federation.elapsed().toSeconds() + " s");
            return new SharedFederation(federation, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SharedFederation(null, new IllegalStateException("Interrupted while starting", e));
        } catch (RuntimeException e) {
            return new SharedFederation(null, e);
        }
    }

    /** Dev defaults moved by the first offset whose ports are all free (so a running ./run.sh is no obstacle). */
    private static LauncherProperties properties() {
        Path root = Path.of(System.getProperty("basedir", "")).toAbsolutePath().getParent();
        LauncherProperties defaults = LauncherProperties.bind(
                Map.of("launcher.home", root.toString(), "launcher.data-dir", DATA, "launcher.fresh", "true"));
        List<Branch> branches = BranchRegistry.read(root);
        return IntStream.iterate(2000, offset -> offset <= 20000, offset -> offset + 1000)
                .mapToObj(offset -> defaults.withPorts(defaults.ports().shiftedBy(offset)))
                .filter(candidate -> PortCheck.problems(
                                FederationPlan.of(candidate, branches).claims())
                        .isEmpty())
                .findFirst()
                .orElse(defaults.withPorts(defaults.ports().shiftedBy(2000)));
    }

    Federation federation() {
        if (failure != null) {
            throw new IllegalStateException("The federation did not start: " + failure.getMessage(), failure);
        }
        return federation;
    }

    @Override
    public void close() {
        if (federation != null) {
            federation.close();
        }
    }
}

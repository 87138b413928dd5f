package nl.starters.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.starters.servicedefaults.branches.Branch;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.FileSystemResource;

/**
 * Reads {@code config/branches.yml} into the shared {@link Branch} records (validated as the gateway validates them) — the same file the gateway routes by — so adding a branch
 * there is all it takes for the launcher to start it.
 */
public final class BranchRegistry {

    public static final String FILE = "config/branches.yml";

    private BranchRegistry() {}

    /** The branches of the registry under this repository root, in file order. */
    public static List<Branch> read(Path root) {
        Path file = root.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new LauncherFailure("No branch registry at " + file
                    + ". Start from the repository root (./run.sh) or set --launcher.home=<repository root>.");
        }
        List<Branch> branches = bind(file);
        if (branches.isEmpty()) {
            throw new LauncherFailure(file + " lists no branches under community.branches.");
        }
        if (branches.stream().map(Branch::id).distinct().count() != branches.size()) {
            throw new LauncherFailure(file + " lists a branch id twice.");
        }
        return branches;
    }

    private static List<Branch> bind(Path file) {
        StandardEnvironment environment = new StandardEnvironment();
        try {
            new YamlPropertySourceLoader()
                    .load(file.toString(), new FileSystemResource(file))
                    .forEach(source -> environment.getPropertySources().addLast(source));
        } catch (IOException | RuntimeException e) {
            throw new LauncherFailure("Could not read " + file + ": " + e.getMessage());
        }
        try {
            return new Binder(ConfigurationPropertySources.get(environment))
                    .bind("community.branches", Bindable.listOf(Branch.class))
                    .orElse(List.of());
        } catch (BindException e) {
            Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
            throw new LauncherFailure(
                    cause instanceof IllegalArgumentException
                            ? file + ": " + cause.getMessage()
                            : "Could not read " + file + ": " + cause);
        }
    }
}

package nl.starters.servicedefaults.testing.metrics;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Prometheus's own linter ({@code promtool check metrics}, Debian package {@code prometheus}) over a
 * saved scrape: it knows the exposition format and naming rules better than any assertion we would write.
 */
public final class Promtool {

    /** Set (as CI does, having installed it) when a missing promtool must fail the test, not skip the lint. */
    public static final String REQUIRED = "PROMTOOL_REQUIRED";

    private static final int LINT_PROBLEMS = 3;

    private Promtool() {}

    /** {@code promtool} on the PATH, if there is one. */
    public static Optional<Path> find() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String directory : path.split(File.pathSeparator)) {
            Path candidate = Path.of(directory, "promtool");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    public static boolean required() {
        return Boolean.parseBoolean(System.getenv(REQUIRED));
    }

    /** What {@code promtool check metrics < file} says; {@code clean()} when it found nothing to complain about. */
    public static Lint checkMetrics(Path promtool, Path metrics) {
        try {
            Process process = new ProcessBuilder(promtool.toString(), "check", "metrics")
                    .redirectInput(metrics.toFile())
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("promtool check metrics did not finish within 30 s");
            }
            return new Lint(process.exitValue(), output.strip());
        } catch (IOException e) {
            throw new IllegalStateException("Could not run " + promtool, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while promtool ran", e);
        }
    }

    /** promtool's exit code (0 clean, 1 unparsable, 3 lint problems) and what it printed. */
    public record Lint(int exitCode, String output) {

        public boolean clean() {
            return exitCode == 0 && output.isEmpty();
        }

        /**
         * The problems that are ours: the text parsed ({@code exitCode} 0 or 3) and every complaint not about
         * a known upstream meter ({@link UpstreamLint}); a parse error is always a problem.
         */
        public List<String> ownProblems() {
            if (exitCode != 0 && exitCode != LINT_PROBLEMS) {
                return List.of(output.isEmpty() ? "promtool exited with " + exitCode : output);
            }
            return output.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !UpstreamLint.tolerated(line))
                    .toList();
        }
    }
}

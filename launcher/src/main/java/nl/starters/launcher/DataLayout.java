package nl.starters.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Where the federation keeps its state under the data directory (git-ignored {@code .data}). */
public record DataLayout(Path root) {

    Path postgres() {
        return root.resolve("postgres");
    }

    Path kafka() {
        return root.resolve("kafka");
    }

    SigningKey signingKey() {
        return new SigningKey(root.resolve("identity"));
    }

    Path logs() {
        return root.resolve("logs");
    }

    Path run() {
        return root.resolve("run");
    }

    Path log(String name) {
        return logs().resolve(name + ".log");
    }

    Path pidFile(String name) {
        return run().resolve(name + ".pid");
    }

    /**
     * Deletes what the launcher keeps here — only its own sub-directories, so a mistyped
     * {@code --launcher.data-dir} never deletes anything else.
     */
    void wipe() {
        for (Path directory :
                List.of(postgres(), kafka(), logs(), run(), signingKey().directory())) {
            if (Files.exists(directory)) {
                try (Stream<Path> paths = Files.walk(directory)) {
                    for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("Could not wipe " + directory, e);
                }
            }
        }
    }

    /** Creates the directories that processes write into. */
    public DataLayout create() {
        try {
            Files.createDirectories(logs());
            Files.createDirectories(run());
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create " + root, e);
        }
    }
}

package nl.starters.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.starters.servicedefaults.branches.Branch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BranchRegistryTests {

    @TempDir
    Path root;

    @Test
    void readsTheBranchesInFileOrder() throws Exception {
        registry("""
                community:
                  branches:
                    - id: utrecht
                      name: Utrecht
                      region: Midden
                    - id: groningen
                      name: Groningen
                      region: Noord
                """);

        assertThat(BranchRegistry.read(root))
                .containsExactly(
                        new Branch("utrecht", "Utrecht", "Midden"), new Branch("groningen", "Groningen", "Noord"));
    }

    @Test
    void readsTheRegistryOfThisRepository() {
        assertThat(BranchRegistry.read(Path.of("..")))
                .extracting(Branch::id)
                .startsWith("utrecht", "groningen", "eindhoven");
    }

    @Test
    void explainsHowToFindTheRegistryWhenItIsMissing() {
        assertThatThrownBy(() -> BranchRegistry.read(root))
                .isInstanceOf(LauncherFailure.class)
                .hasMessageContaining("config/branches.yml")
                .hasMessageContaining("--launcher.home");
    }

    @Test
    void rejectsABranchIdThatCannotNameADatabase() throws Exception {
        registry("""
                community:
                  branches:
                    - id: "Den Bosch"
                      name: Den Bosch
                      region: Zuid
                """);

        assertThatThrownBy(() -> BranchRegistry.read(root))
                .isInstanceOf(LauncherFailure.class)
                .hasMessageContaining("'Den Bosch'");
    }

    @Test
    void rejectsABranchListedTwice() throws Exception {
        registry("""
                community:
                  branches:
                    - id: utrecht
                      name: Utrecht
                      region: Midden
                    - id: utrecht
                      name: Utrecht
                      region: Midden
                """);

        assertThatThrownBy(() -> BranchRegistry.read(root))
                .isInstanceOf(LauncherFailure.class)
                .hasMessageContaining("twice");
    }

    private void registry(String yaml) throws Exception {
        Files.createDirectories(root.resolve("config"));
        Files.writeString(root.resolve(BranchRegistry.FILE), yaml);
    }
}

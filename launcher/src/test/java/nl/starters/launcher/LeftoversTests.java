package nl.starters.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeftoversTests {

    @TempDir
    Path data;

    private Process orphan;

    @AfterEach
    void killOrphan() {
        if (orphan != null) {
            orphan.destroyForcibly();
        }
    }

    @Test
    void stopsAServiceThatAnEarlierRunLeftBehind() throws Exception {
        DataLayout layout = new DataLayout(data).create();
        orphan = new ProcessBuilder("sleep", "60").start();
        PidFile.write(layout.pidFile("branch-utrecht"), orphan.toHandle());

        assertThat(Leftovers.stop(layout)).containsExactly("branch-utrecht");
        assertThat(orphan.waitFor(5, TimeUnit.SECONDS)).isTrue();
        assertThat(layout.pidFile("branch-utrecht")).doesNotExist();
    }

    @Test
    void refusesADataDirectoryThatAnotherLiveLauncherUses() throws Exception {
        DataLayout layout = new DataLayout(data).create();
        orphan = new ProcessBuilder("sleep", "60").start();
        PidFile.write(layout.pidFile(Leftovers.LAUNCHER), orphan.toHandle());

        assertThatThrownBy(() -> Leftovers.refuseIfInUse(layout))
                .isInstanceOf(LauncherFailure.class)
                .hasMessageContaining("Another launcher (pid " + orphan.pid() + ")");
        assertThat(Leftovers.stop(layout)).isEmpty();
        assertThat(orphan.isAlive()).isTrue();
    }

    @Test
    void takesOverADataDirectoryWhoseLauncherIsGone() throws Exception {
        DataLayout layout = new DataLayout(data).create();
        Process gone = new ProcessBuilder("true").start();
        ProcessHandle handle = gone.toHandle();
        PidFile.write(layout.pidFile(Leftovers.LAUNCHER), handle);
        gone.waitFor();

        Leftovers.refuseIfInUse(layout);
    }
}

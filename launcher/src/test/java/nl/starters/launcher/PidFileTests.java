package nl.starters.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PidFileTests {

    @TempDir
    Path run;

    @Test
    void findsTheProcessItNamesWhileItRuns() throws Exception {
        PidFile file = PidFile.write(run.resolve("me.pid"), ProcessHandle.current());

        assertThat(file.liveProcess()).contains(ProcessHandle.current());
    }

    @Test
    void ignoresAProcessThatOnlyReusesThePid() throws Exception {
        Path path = run.resolve("other.pid");
        Files.writeString(path, ProcessHandle.current().pid() + " 12345\n");

        assertThat(new PidFile(path).liveProcess()).isEmpty();
    }

    @Test
    void ignoresAnUnreadableFile() throws Exception {
        Path path = run.resolve("broken.pid");
        Files.writeString(path, "not a pid");

        assertThat(new PidFile(path).liveProcess()).isEmpty();
    }
}

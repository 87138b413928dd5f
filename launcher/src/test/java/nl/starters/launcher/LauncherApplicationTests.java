package nl.starters.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The run command's context starts on the launcher's own classpath, where service-defaults comes without
 * its libraries: an auto-configuration that assumes them breaks {@code ./run.sh} before anything starts.
 */
class LauncherApplicationTests {

    @Test
    void itsContextStartsAndBindsTheRunCommandsArguments() {
        String[] args = LauncherApplication.arguments(new String[] {"--fresh", "--launcher.start-timeout=7m"});
        try (ConfigurableApplicationContext context =
                new SpringApplicationBuilder(LauncherApplication.class).run(args)) {
            LauncherProperties properties = context.getBean(LauncherProperties.class);
            assertThat(properties.fresh()).isTrue();
            assertThat(properties.startTimeout()).hasMinutes(7);
        }
    }
}

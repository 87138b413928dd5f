package nl.starters.launcher;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/** The run command's main: starts the embedded federation and keeps it up until Ctrl-C. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LauncherApplication {

    public static void main(String[] args) {
        ConfigurableApplicationContext context = SpringApplication.run(LauncherApplication.class, arguments(args));
        int exitCode = new Launch(context.getBean(LauncherProperties.class)).run();
        System.exit(SpringApplication.exit(context, () -> exitCode));
    }

    /** {@code --fresh} is short for {@code --launcher.fresh=true}. */
    static String[] arguments(String[] args) {
        return Arrays.stream(args)
                .map(arg -> arg.equals("--fresh") ? "--launcher.fresh=true" : arg)
                .toArray(String[]::new);
    }
}

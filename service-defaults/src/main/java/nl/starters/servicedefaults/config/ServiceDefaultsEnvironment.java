package nl.starters.servicedefaults.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds the house defaults (graceful shutdown, probes, Kafka client settings, pool sizes) as the
 * property source of lowest precedence, so every service starts the same way and can still
 * override any of them in its own application.yml.
 */
public class ServiceDefaultsEnvironment implements EnvironmentPostProcessor {

    private static final String DEFAULTS = "config/service-defaults.yml";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            new YamlPropertySourceLoader()
                    .load("service-defaults", new ClassPathResource(DEFAULTS))
                    .forEach(source -> environment.getPropertySources().addLast(source));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + DEFAULTS, e);
        }
    }
}

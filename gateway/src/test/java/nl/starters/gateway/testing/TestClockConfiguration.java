package nl.starters.gateway.testing;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Replaces the shared clock of service-defaults (it steps back when a Clock bean exists). */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

    @Bean
    MutableClock testClock() {
        return new MutableClock();
    }
}

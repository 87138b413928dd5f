package nl.starters.gateway.testing;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Records the gateway's spans in memory, so a test can compare its trace with what a downstream received. */
@TestConfiguration(proxyBeanMethods = false)
public class TestTracingConfiguration {

    @Bean
    RecordedSpans recordedSpans() {
        return new RecordedSpans();
    }
}

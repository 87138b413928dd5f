package nl.starters.gateway.testing;

import java.util.Map;
import nl.starters.servicedefaults.testing.InfrastructureInitializer;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The gateway's part of the shared test infrastructure: a fresh database of its own on the shared
 * PostgreSQL server and the test JWKS. (The gateway needs no Kafka, so not the whole
 * {@code @ServiceIntegrationTest}.)
 */
public class GatewayTestInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> properties = InfrastructureInitializer.freshDatabaseAndTestIdentity("gateway");
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource("gateway-test-infrastructure", properties));
    }
}

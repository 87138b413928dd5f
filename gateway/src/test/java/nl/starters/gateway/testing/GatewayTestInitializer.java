package nl.starters.gateway.testing;

import java.util.Map;
import nl.starters.servicedefaults.testing.PostgresServer;
import nl.starters.servicedefaults.testing.TestInfrastructure;
import nl.starters.servicedefaults.testing.security.TestIdentity;
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
        PostgresServer postgres = TestInfrastructure.postgres();
        String database = postgres.createDatabase("gateway");
        Map<String, Object> properties = Map.of(
                "community.database.host", postgres.host(),
                "community.database.port", postgres.port(),
                "community.database.name", database,
                "community.database.username", postgres.username(),
                "community.database.password", postgres.password(),
                "community.security.jwks-uri", TestIdentity.jwksUri().toString());
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource("gateway-test-infrastructure", properties));
    }
}

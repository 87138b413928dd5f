package nl.starters.servicedefaults.testing;

import java.util.HashMap;
import java.util.Map;
import nl.starters.servicedefaults.testing.security.TestIdentity;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test context at the shared test infrastructure: a fresh database of its own and the
 * shared Kafka broker, through the same {@code community.database.*} settings a deployment uses.
 */
public class InfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> properties = new HashMap<>(freshDatabaseAndTestIdentity("test"));
        properties.put("spring.kafka.bootstrap-servers", TestInfrastructure.kafkaBootstrapServers());
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource("test-infrastructure", properties));
    }

    /**
     * A new database on the shared server and the test JWKS, as {@code community.*} settings — for a
     * context that needs no Kafka (the gateway) as well as for every service.
     */
    public static Map<String, Object> freshDatabaseAndTestIdentity(String databasePrefix) {
        PostgresServer postgres = TestInfrastructure.postgres();
        return Map.of(
                "community.database.host", postgres.host(),
                "community.database.port", postgres.port(),
                "community.database.name", postgres.createDatabase(databasePrefix),
                "community.database.username", postgres.username(),
                "community.database.password", postgres.password(),
                "community.security.jwks-uri", TestIdentity.jwksUri().toString());
    }
}

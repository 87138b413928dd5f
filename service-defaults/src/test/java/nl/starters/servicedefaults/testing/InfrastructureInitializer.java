package nl.starters.servicedefaults.testing;

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
        PostgresServer postgres = TestInfrastructure.postgres();
        String database = postgres.createDatabase("test");
        Map<String, Object> properties = Map.of(
                "community.database.host", postgres.host(),
                "community.database.port", postgres.port(),
                "community.database.name", database,
                "community.database.username", postgres.username(),
                "community.database.password", postgres.password(),
                "spring.kafka.bootstrap-servers", TestInfrastructure.kafkaBootstrapServers(),
                "community.security.jwks-uri", TestIdentity.jwksUri().toString());
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource("test-infrastructure", properties));
    }
}

package nl.starters.servicedefaults.backbone;

import java.util.Map;
import nl.starters.servicedefaults.testing.ProxiedInfrastructure;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Gives a backbone test context a fresh database and the proxied broker, both through the proxies. */
class BackboneInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var infrastructure = ProxiedInfrastructure.get();
        String database = infrastructure.postgres().createDatabase("backbone");
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource("backbone", properties(infrastructure, database)));
    }

    static Map<String, Object> properties(ProxiedInfrastructure infrastructure, String database) {
        return Map.of(
                "backbone.db.name", database,
                "backbone.db.port", infrastructure.postgres().port(),
                "backbone.db.proxy-port", infrastructure.databaseProxyPort(),
                "backbone.db.username", infrastructure.postgres().username(),
                "backbone.db.password", infrastructure.postgres().password(),
                "backbone.kafka", infrastructure.bootstrapServers());
    }
}

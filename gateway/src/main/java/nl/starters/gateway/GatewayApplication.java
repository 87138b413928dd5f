package nl.starters.gateway;

import nl.starters.servicedefaults.branches.BranchRegistry;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The one entrance of the federation: routes each part of the API to the service that owns it. */
@SpringBootApplication
@ConfigurationPropertiesScan(basePackageClasses = {GatewayApplication.class, BranchRegistry.class})
public class GatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }
}

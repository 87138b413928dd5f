package nl.starters.branch;

import static org.assertj.core.api.Assertions.assertThat;

import nl.starters.servicedefaults.testing.PostgresServer;
import nl.starters.servicedefaults.testing.TestInfrastructure;
import nl.starters.servicedefaults.testing.TestPorts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Only a service's own database gates its readiness: Kafka being away keeps it in rotation. */
class KafkaAwayIntegrationTests {

    static ConfigurableApplicationContext branch;
    static WebTestClient web;
    static WebTestClient management;

    @BeforeAll
    static void startBranchWithoutABroker() {
        PostgresServer postgres = TestInfrastructure.postgres();
        branch = new SpringApplicationBuilder(LocalBranchApplication.class)
                .initializers(new OwnNettyResources())
                .run(
                        "--server.port=0",
                        "--management.server.port=0",
                        "--community.database.host=" + postgres.host(),
                        "--community.database.port=" + postgres.port(),
                        "--community.database.name=" + postgres.createDatabase("kafka_away"),
                        "--community.database.username=" + postgres.username(),
                        "--community.database.password=" + postgres.password(),
                        "--spring.kafka.bootstrap-servers=127.0.0.1:" + TestPorts.unused());
        var environment = branch.getEnvironment();
        web = client(environment.getProperty("local.server.port"));
        management = client(environment.getProperty("local.management.port"));
    }

    @AfterAll
    static void stop() {
        branch.close();
    }

    @Test
    void staysReadyWhileKafkaIsAway() {
        web.get().uri("/readyz").exchange().expectStatus().isOk();
        web.get().uri("/api/branches/utrecht/posts").exchange().expectStatus().isOk();
    }

    @Test
    void showsKafkaUnreachableInTheHealthDetails() {
        management
                .get()
                .uri("/actuator/health")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.components.kafka.details.reachable")
                .isEqualTo(false)
                .jsonPath("$.components.r2dbc.status")
                .value(status -> assertThat(status).isEqualTo("UP"));
    }

    private static WebTestClient client(String port) {
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();
    }
}

package nl.starters.branch;

import java.io.IOException;
import java.time.Duration;
import nl.starters.servicedefaults.testing.PostgresServer;
import nl.starters.servicedefaults.testing.TestInfrastructure;
import nl.starters.servicedefaults.testing.TestPorts;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.netcrusher.core.reactor.NioReactor;
import org.netcrusher.tcp.TcpCrusher;
import org.netcrusher.tcp.TcpCrusherBuilder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A service's own database gates its readiness: out of rotation while it is away, back by itself. */
class DatabaseAwayIntegrationTests {

    static NioReactor reactor;
    static TcpCrusher database;
    static ConfigurableApplicationContext branch;
    static WebTestClient web;

    @BeforeAll
    static void startBranchBehindADatabaseProxy() throws IOException {
        PostgresServer postgres = TestInfrastructure.postgres();
        reactor = new NioReactor();
        database = TcpCrusherBuilder.builder()
                .withReactor(reactor)
                .withBindAddress("127.0.0.1", TestPorts.unused())
                .withConnectAddress(postgres.host(), postgres.port())
                .buildAndOpen();
        branch = new SpringApplicationBuilder(LocalBranchApplication.class)
                .initializers(new OwnNettyResources())
                .run(
                        "--server.port=0",
                        "--management.server.port=0",
                        "--community.database.host=127.0.0.1",
                        "--community.database.port=" + database.getBindAddress().getPort(),
                        "--community.database.name=" + postgres.createDatabase("database_away"),
                        "--community.database.username=" + postgres.username(),
                        "--community.database.password=" + postgres.password(),
                        "--spring.kafka.bootstrap-servers=" + TestInfrastructure.kafkaBootstrapServers());
        web = WebTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + branch.getEnvironment().getProperty("local.server.port"))
                .responseTimeout(Duration.ofSeconds(20))
                .build();
    }

    @AfterAll
    static void stop() {
        branch.close();
        database.close();
        reactor.close();
    }

    @Test
    void leavesRotationWhileItsDatabaseIsAwayAndComesBackByItself() {
        web.get().uri("/readyz").exchange().expectStatus().isOk();

        database.close();
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> web.get().uri("/readyz").exchange().expectStatus().isEqualTo(503));

        database.open();
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> web.get().uri("/readyz").exchange().expectStatus().isOk());
        web.get().uri("/livez").exchange().expectStatus().isOk();
    }
}

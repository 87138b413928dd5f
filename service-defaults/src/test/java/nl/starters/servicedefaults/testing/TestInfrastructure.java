package nl.starters.servicedefaults.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * One PostgreSQL server and one Kafka broker per test JVM, shared by every test context: real
 * servers, from Testcontainers where a Docker engine answers, embedded otherwise (PostgreSQL
 * binaries from Maven and an in-process KRaft broker), so an integration test never skips.
 */
public final class TestInfrastructure {

    private static PostgresServer postgres;
    private static String kafka;

    private TestInfrastructure() {}

    public static synchronized PostgresServer postgres() {
        if (postgres == null) {
            postgres = dockerAvailable() ? containerPostgres() : embeddedPostgres();
        }
        return postgres;
    }

    public static synchronized String kafkaBootstrapServers() {
        if (kafka == null) {
            quietKafkaLogs();
            kafka = dockerAvailable() ? containerKafka() : embeddedKafka();
        }
        return kafka;
    }

    private static boolean dockerAvailable() {
        if (Boolean.getBoolean("tests.embedded-only")) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static PostgresServer embeddedPostgres() {
        try {
            EmbeddedPostgres server = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(server)));
            return new PostgresServer("127.0.0.1", server.getPort(), "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
        }
    }

    @SuppressWarnings("resource")
    private static PostgresServer containerPostgres() {
        var container = new PostgreSQLContainer("postgres:17-alpine");
        container.start();
        return new PostgresServer(
                container.getHost(), container.getFirstMappedPort(), container.getUsername(), container.getPassword());
    }

    private static String embeddedKafka() {
        var broker = new EmbeddedKafkaKraftBroker(1, 1);
        broker.brokerProperties(Map.of("auto.create.topics.enable", "true", "log.cleaner.enable", "true"));
        broker.afterPropertiesSet();
        Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy));
        return broker.getBrokersAsString();
    }

    @SuppressWarnings("resource")
    private static String containerKafka() {
        var container = new KafkaContainer("apache/kafka:4.1.0");
        container.start();
        return container.getBootstrapServers();
    }

    private static void quietKafkaLogs() {
        LoggingSystem logging = LoggingSystem.get(TestInfrastructure.class.getClassLoader());
        for (String logger : new String[] {"kafka", "org.apache.kafka", "state.change.logger"}) {
            logging.setLogLevel(logger, LogLevel.WARN);
        }
    }

    private static void closeQuietly(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException ignored) {
            // the JVM is going away; the server's own shutdown hook stops it too
        }
    }
}

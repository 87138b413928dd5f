package nl.starters.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.starters.servicedefaults.kafka.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A run's infrastructure on loopback, as the embedded default has it: one PostgreSQL server (zonky binaries)
 * with the services' databases, and an in-process KRaft broker with every topic of the contract created from
 * {@link Topics#all()} (partitions and settings as in production).
 */
public final class Infrastructure implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final EmbeddedKafkaKraftBroker broker;

    private Infrastructure(EmbeddedPostgres postgres, EmbeddedKafkaKraftBroker broker) {
        this.postgres = postgres;
        this.broker = broker;
    }

    public static Infrastructure start(List<String> databases) throws Exception {
        quiet();
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            for (String database : databases) {
                connection.createStatement().execute("CREATE DATABASE " + database);
            }
        }
        var broker = new EmbeddedKafkaKraftBroker(1, 1);
        broker.afterPropertiesSet();
        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()))) {
            admin.createTopics(Topics.all().stream()
                            .map(spec -> new NewTopic(spec.name(), spec.partitions(), (short) 1).configs(spec.config()))
                            .toList())
                    .all()
                    .get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            broker.destroy();
            postgres.close();
            throw e;
        }
        return new Infrastructure(postgres, broker);
    }

    public String kafka() {
        return broker.getBrokersAsString();
    }

    public int databasePort() {
        return postgres.getPort();
    }

    public Connection connect(String database) throws SQLException {
        return postgres.getDatabase("postgres", database).getConnection();
    }

    @Override
    public void close() throws Exception {
        broker.destroy();
        postgres.close();
    }

    /** Kafka's and zonky's own logging at ERROR: the figures are the output. */
    public static void quiet() {
        LoggingSystem logging = LoggingSystem.get(Infrastructure.class.getClassLoader());
        logging.beforeInitialize();
        for (String logger : new String[] {"kafka", "org.apache.kafka", "state.change.logger", "io.zonky", "org"}) {
            logging.setLogLevel(logger, LogLevel.ERROR);
        }
    }
}

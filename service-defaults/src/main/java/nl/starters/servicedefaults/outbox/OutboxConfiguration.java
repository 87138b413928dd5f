package nl.starters.servicedefaults.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import java.time.Clock;
import nl.starters.servicedefaults.kafka.EventProducer;
import nl.starters.servicedefaults.kafka.KafkaBackboneConfiguration;
import nl.starters.servicedefaults.time.ClockConfiguration;
import nl.starters.servicedefaults.tracing.CurrentTrace;
import nl.starters.servicedefaults.tracing.TracingConfiguration;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.boot.flyway.autoconfigure.FlywayProperties;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.scheduler.Schedulers;

/** The transactional outbox for every service with a PostgreSQL database and Kafka. */
@AutoConfiguration(
        after = {
            R2dbcAutoConfiguration.class,
            FlywayAutoConfiguration.class,
            KafkaBackboneConfiguration.class,
            ClockConfiguration.class,
            TracingConfiguration.class
        })
@ConditionalOnClass({DatabaseClient.class, PostgresqlConnectionFactory.class, Flyway.class, KafkaTemplate.class})
@ConditionalOnBean({ConnectionFactory.class, EventProducer.class})
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxConfiguration {

    @Bean
    MessagingSchema messagingSchema(
            ObjectProvider<FlywayConnectionDetails> flyway,
            ObjectProvider<FlywayProperties> flywayProperties,
            R2dbcConnectionDetails r2dbc) {
        FlywayProperties retries = flywayProperties.getIfAvailable(FlywayProperties::new);
        int attempts = retries.getConnectRetries();
        int interval = (int) retries.getConnectRetriesInterval().toSeconds();
        FlywayConnectionDetails jdbc = flyway.getIfAvailable();
        if (jdbc != null && jdbc.getJdbcUrl() != null) {
            return new MessagingSchema(new MessagingSchema.JdbcTarget(
                    jdbc.getJdbcUrl(), jdbc.getUsername(), jdbc.getPassword(), attempts, interval));
        }
        ConnectionFactoryOptions options = r2dbc.getConnectionFactoryOptions();
        Object port = options.getValue(ConnectionFactoryOptions.PORT);
        String url = "jdbc:postgresql://" + options.getRequiredValue(ConnectionFactoryOptions.HOST)
                + (port == null ? "" : ":" + port) + "/" + options.getRequiredValue(ConnectionFactoryOptions.DATABASE);
        Object password = options.getValue(ConnectionFactoryOptions.PASSWORD);
        return new MessagingSchema(new MessagingSchema.JdbcTarget(
                url,
                String.valueOf(options.getValue(ConnectionFactoryOptions.USER)),
                password == null ? null : password.toString(),
                attempts,
                interval));
    }

    @Bean
    Outbox outbox(DatabaseClient database, Clock clock, ObjectProvider<CurrentTrace> trace) {
        return new Outbox(database, clock, trace.getIfAvailable(() -> CurrentTrace.NONE));
    }

    @Bean
    OutboxMetrics outboxMetrics(ObjectProvider<MeterRegistry> registry, Clock clock) {
        return new OutboxMetrics(registry.getIfAvailable(SimpleMeterRegistry::new), clock);
    }

    @Bean
    @ConditionalOnBooleanProperty(name = "community.messaging.outbox.relay", matchIfMissing = true)
    OutboxRelay outboxRelay(
            ConnectionFactory connections,
            DatabaseClient database,
            EventProducer producer,
            OutboxProperties properties,
            OutboxMetrics metrics) {
        var sender = Schedulers.newSingle("outbox-relay");
        var transaction = TransactionalOperator.create(new R2dbcTransactionManager(connections));
        var batch = new OutboxBatch(new OutboxTable(database), transaction, producer, sender, properties, metrics);
        return new OutboxRelay(batch, new OutboxNotifications(connections, properties.retryMax()), properties, sender);
    }

    @Bean
    OutboxHousekeeping outboxHousekeeping(DatabaseClient database, OutboxProperties properties, OutboxMetrics metrics) {
        return new OutboxHousekeeping(database, properties, metrics);
    }
}

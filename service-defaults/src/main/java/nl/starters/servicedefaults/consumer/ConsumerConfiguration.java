package nl.starters.servicedefaults.consumer;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.r2dbc.spi.ConnectionFactory;
import nl.starters.servicedefaults.kafka.EventProducer;
import nl.starters.servicedefaults.outbox.OutboxConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

/** Idempotent consumers for every service with a database (its tables come with the outbox's schema). */
@AutoConfiguration(after = OutboxConfiguration.class)
@ConditionalOnClass(DatabaseClient.class)
@ConditionalOnBean({ConnectionFactory.class, EventProducer.class, OutboxConfiguration.class})
@EnableConfigurationProperties(ConsumerProperties.class)
public class ConsumerConfiguration {

    @Bean
    EventConsumer eventConsumer(
            ConnectionFactory connections,
            DatabaseClient database,
            ConsumerProperties properties,
            ObjectProvider<MeterRegistry> registry) {
        var transaction = TransactionalOperator.create(new R2dbcTransactionManager(connections));
        return new EventConsumer(database, transaction, properties, registry.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean
    ProcessedEventsCleanup processedEventsCleanup(DatabaseClient database, ConsumerProperties properties) {
        return new ProcessedEventsCleanup(database, properties);
    }
}

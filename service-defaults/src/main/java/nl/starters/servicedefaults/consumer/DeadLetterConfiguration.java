package nl.starters.servicedefaults.consumer;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nl.starters.servicedefaults.kafka.EventProducer;
import nl.starters.servicedefaults.kafka.InvalidEventException;
import nl.starters.servicedefaults.kafka.KafkaBackboneConfiguration;
import nl.starters.servicedefaults.kafka.TopicSpec;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The shared error handling of every listener: a failing record is retried a few times with back-off,
 * then published to {@code <topic>.DLT} on the same partition with the error in its headers, and the
 * consumer carries on; an outage (database away) is retried until it passes instead. Plus the re-drive.
 */
@AutoConfiguration(after = KafkaBackboneConfiguration.class)
@ConditionalOnBean(EventProducer.class)
@EnableConfigurationProperties(ConsumerProperties.class)
public class DeadLetterConfiguration {

    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    DefaultErrorHandler kafkaErrorHandler(
            EventProducer producer, ConsumerProperties properties, ObjectProvider<MeterRegistry> registry) {
        var deadLetters = new DeadLetterPublishingRecoverer(
                producer.operations(),
                (record, exception) -> new TopicPartition(record.topic() + TopicSpec.DLT_SUFFIX, record.partition()));
        var recoverer = new CountingRecoverer(deadLetters, registry.getIfAvailable(SimpleMeterRegistry::new));
        var poison = new ExponentialBackOffWithMaxRetries(properties.retries());
        poison.setInitialInterval(properties.retryInterval().toMillis());
        poison.setMultiplier(properties.retryMultiplier());
        poison.setMaxInterval(properties.retryMaxInterval().toMillis());
        var outage = new ExponentialBackOff(properties.retryInterval().toMillis(), properties.retryMultiplier());
        outage.setMaxInterval(properties.transientMaxInterval().toMillis());
        var handler = new DefaultErrorHandler(recoverer, poison);
        handler.addNotRetryableExceptions(InvalidEventException.class);
        handler.setBackOffFunction((record, exception) -> FailureClassifier.isTransient(exception) ? outage : null);
        return handler;
    }

    @Bean
    DeadLetterRedrive deadLetterRedrive(
            ConsumerFactory<?, ?> consumers, EventProducer producer, ConsumerProperties properties) {
        return new DeadLetterRedrive(consumers.getConfigurationProperties(), properties.redriveGroup(), producer);
    }

    @Bean
    @ConditionalOnAvailableEndpoint
    DeadLettersEndpoint deadLettersEndpoint(DeadLetterRedrive redrive) {
        return new DeadLettersEndpoint(redrive);
    }
}

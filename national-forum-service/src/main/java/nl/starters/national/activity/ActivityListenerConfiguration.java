package nl.starters.national.activity;

import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.ContainerProperties.AckMode;

/**
 * A batch listener container for the activity fold: Boot's settings and the shared dead-letter error
 * handler, but whole polls of up to {@code max-poll-records} records, committed once folded.
 */
@Configuration(proxyBeanMethods = false)
class ActivityListenerConfiguration {

    static final String FACTORY = "activityListenerContainerFactory";

    @Bean(FACTORY)
    ConcurrentKafkaListenerContainerFactory<Object, Object> activityListenerContainerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer,
            ConsumerFactory<Object, Object> consumers,
            ActivityProperties properties) {
        var factory = new ConcurrentKafkaListenerContainerFactory<Object, Object>();
        configurer.configure(factory, consumers);
        factory.setBatchListener(true);
        factory.setConcurrency(properties.consumers());
        factory.getContainerProperties().setAckMode(AckMode.BATCH);
        Properties overrides = new Properties();
        overrides.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Integer.toString(properties.maxPollRecords()));
        // under load a poll waits a moment for a fuller batch; lag stays far below a second
        overrides.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, "65536");
        overrides.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "100");
        factory.getContainerProperties().setKafkaConsumerProperties(overrides);
        return factory;
    }
}

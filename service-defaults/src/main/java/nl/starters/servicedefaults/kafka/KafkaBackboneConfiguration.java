package nl.starters.servicedefaults.kafka;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;

/** The Kafka side every service shares: the backbone's producer, the topics of the contract, a health detail. */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@ConditionalOnClass(KafkaTemplate.class)
@ConditionalOnBean(KafkaAdmin.class)
@EnableConfigurationProperties(TopicsProperties.class)
public class KafkaBackboneConfiguration {

    @Bean
    @ConditionalOnMissingBean
    EventProducer eventProducer(ProducerFactory<?, ?> producerFactory) {
        return new EventProducer(producerFactory.getConfigurationProperties());
    }

    @Bean
    @ConditionalOnEnabledHealthIndicator("kafka")
    KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin admin) {
        return new KafkaHealthIndicator(admin.getConfigurationProperties());
    }

    /** The topics of the contract with their DLTs; Boot's KafkaAdmin creates the missing ones at start. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBooleanProperty(name = "community.messaging.topics.create", matchIfMissing = true)
    static class TopicCreation {

        @Bean
        KafkaAdmin.NewTopics contractTopics(TopicsProperties properties) {
            return new KafkaAdmin.NewTopics(Topics.all().stream()
                    .map(topic -> new NewTopic(topic.name(), topic.partitions(), properties.replicationFactor())
                            .configs(topic.config()))
                    .toArray(NewTopic[]::new));
        }

        @Bean
        TopicsBootstrap topicsBootstrap(KafkaAdmin admin) {
            return new TopicsBootstrap(admin);
        }
    }
}

package nl.starters.servicedefaults.kafka;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether a service creates the missing topics of {@link Topics#all()} at start (off where Strimzi owns
 * the topics) and with which replication factor.
 */
@ConfigurationProperties("community.messaging.topics")
public record TopicsProperties(
        @DefaultValue("true") boolean create,
        @DefaultValue("1") short replicationFactor) {}

package nl.starters.servicedefaults.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The outbox relay's settings.
 *
 * @param source the CloudEvents source of this service's events ({@code /members}, {@code /branches/utrecht})
 * @param relay whether this instance publishes (a consumer-only process may switch it off)
 * @param batchSize rows published per transaction
 * @param safetyPoll how often the relay looks without being notified (notifications are the fast path)
 * @param retryMin first back-off after a failed batch (Kafka away); doubles up to {@code retryMax}
 * @param retryMax longest back-off between attempts
 * @param sendTimeout how long a batch waits for the broker's acknowledgements at most
 * @param retention how long published rows are kept before the cleanup deletes them
 * @param cleanupInterval how often published rows older than the retention are deleted
 * @param metricsInterval how often the pending count and the oldest unpublished row are read
 */
@ConfigurationProperties("community.messaging.outbox")
public record OutboxProperties(
        @DefaultValue("/unknown") String source,
        @DefaultValue("true") boolean relay,
        @DefaultValue("500") int batchSize,
        @DefaultValue("30s") Duration safetyPoll,
        @DefaultValue("200ms") Duration retryMin,
        @DefaultValue("30s") Duration retryMax,
        @DefaultValue("60s") Duration sendTimeout,
        @DefaultValue("7d") Duration retention,
        @DefaultValue("1h") Duration cleanupInterval,
        @DefaultValue("10s") Duration metricsInterval) {}

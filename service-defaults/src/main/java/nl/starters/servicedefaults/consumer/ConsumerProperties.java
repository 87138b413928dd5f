package nl.starters.servicedefaults.consumer;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How consumers wait, retry and dead-letter.
 *
 * @param timeout longest wait of a listener for its record's effect (the bounded block)
 * @param retries attempts after the first before a failing record goes to its topic's {@code .DLT}
 * @param retryInterval first pause between those attempts, multiplied by {@code retryMultiplier}
 * @param retryMultiplier growth of the pause between attempts
 * @param retryMaxInterval longest pause between those attempts
 * @param transientMaxInterval longest pause while the database is away: such failures are retried
 *     without limit (the record waits, nothing is dead-lettered for an outage)
 * @param processedRetention how long processed event ids are kept for deduplication; longer than any
 *     topic's retention (the longest, consultations, is 90 days)
 * @param cleanupInterval how often older processed event ids are deleted
 * @param redriveGroup the consumer group that remembers which dead letters were re-driven
 */
@ConfigurationProperties("community.messaging.consumer")
public record ConsumerProperties(
        @DefaultValue("30s") Duration timeout,
        @DefaultValue("3") int retries,
        @DefaultValue("500ms") Duration retryInterval,
        @DefaultValue("2.0") double retryMultiplier,
        @DefaultValue("5s") Duration retryMaxInterval,
        @DefaultValue("30s") Duration transientMaxInterval,
        @DefaultValue("120d") Duration processedRetention,
        @DefaultValue("1h") Duration cleanupInterval,
        @DefaultValue("dead-letter-redrive") String redriveGroup) {}

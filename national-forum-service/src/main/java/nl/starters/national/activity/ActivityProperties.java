package nl.starters.national.activity;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the national forum folds and serves activity.
 *
 * @param zone where a day begins and ends for the per-day figures and the {@code from}/{@code to} dates
 * @param maxRangeDays the longest period {@code GET /api/national/activity} answers for (inclusive days)
 * @param maxPollRecords records the folding listener takes per poll and folds in one transaction
 * @param consumers listener threads of this instance (the topic has 12 partitions)
 * @param foldTimeout longest wait of the listener for a batch's transaction
 * @param eventRetention how long folded event ids are kept against redelivery: longer than the topic's
 *     retention (7 days), so a replay of the whole topic counts nothing twice
 * @param cleanupInterval how often older event ids are deleted
 * @param pollInterval how often the live stream looks for changed rows (one poller per instance)
 * @param heartbeat how often the live stream sends a comment when nothing changed
 */
@ConfigurationProperties("community.national.activity")
public record ActivityProperties(
        @DefaultValue("Europe/Amsterdam") ZoneId zone,
        @DefaultValue("366") int maxRangeDays,
        @DefaultValue("1000") int maxPollRecords,
        @DefaultValue("2") int consumers,
        @DefaultValue("30s") Duration foldTimeout,
        @DefaultValue("8d") Duration eventRetention,
        @DefaultValue("1h") Duration cleanupInterval,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("15s") Duration heartbeat) {}

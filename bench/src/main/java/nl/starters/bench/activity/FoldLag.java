package nl.starters.bench.activity;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import nl.starters.servicedefaults.kafka.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * The folding consumer's progress: the consumer group that commits offsets on activity.v1 (found, not assumed:
 * whatever group national-forum-service's listener uses), its committed offsets, and its lag in records and in
 * seconds (now − production time of the record at the committed offset, the oldest over all partitions).
 */
final class FoldLag implements AutoCloseable {

    /** A reading: committed records (sum over partitions), lag in records and seconds (oldest, and per partition). */
    record Reading(long committed, long records, double seconds, double[] partitionSeconds) {}

    private final Admin admin;
    private final int partitions;
    private String group;

    FoldLag(String kafka, int partitions) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka));
        this.partitions = partitions;
    }

    /** The group with committed offsets on activity.v1, once there is one. */
    Optional<String> group() throws Exception {
        if (group == null) {
            for (var listing : admin.listGroups().all().get(10, TimeUnit.SECONDS)) {
                if (!committed(listing.groupId()).isEmpty()) {
                    group = listing.groupId();
                }
            }
        }
        return Optional.ofNullable(group);
    }

    Reading read(ActivityLoad load) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = committed(group);
        long now = System.currentTimeMillis();
        long total = 0;
        long records = 0;
        double seconds = 0;
        double[] partitionSeconds = new double[partitions];
        for (int partition = 0; partition < partitions; partition++) {
            OffsetAndMetadata offset = committed.get(new TopicPartition(Topics.ACTIVITY, partition));
            long at = offset == null ? 0 : offset.offset();
            long end = load.end(partition);
            total += at;
            if (at < end) {
                records += end - at;
                long produced = load.producedAt(partition, at);
                partitionSeconds[partition] = produced < 0 ? 0 : (now - produced) / 1000.0;
                seconds = Math.max(seconds, partitionSeconds[partition]);
            }
        }
        return new Reading(total, records, seconds, partitionSeconds);
    }

    private Map<TopicPartition, OffsetAndMetadata> committed(String groupId) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> all = new HashMap<>(admin.listConsumerGroupOffsets(groupId)
                .partitionsToOffsetAndMetadata()
                .get(10, TimeUnit.SECONDS));
        all.keySet().removeIf(partition -> !partition.topic().equals(Topics.ACTIVITY));
        all.values().removeIf(value -> value == null);
        return all;
    }

    @Override
    public void close() {
        admin.close();
    }
}

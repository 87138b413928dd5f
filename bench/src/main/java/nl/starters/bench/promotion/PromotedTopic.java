package nl.starters.bench.promotion;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.starters.servicedefaults.kafka.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/**
 * How many records questions.promoted.v1 holds (its end offsets summed): tells the branch's outbox relay's part of
 * the sustained run from the national forum's.
 */
final class PromotedTopic implements AutoCloseable {

    private final Admin admin;

    PromotedTopic(String kafka) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka));
    }

    long records() {
        try {
            var partitions = admin
                    .describeTopics(java.util.List.of(Topics.QUESTIONS_PROMOTED))
                    .allTopicNames()
                    .get(10, TimeUnit.SECONDS)
                    .get(Topics.QUESTIONS_PROMOTED)
                    .partitions()
                    .stream()
                    .map(info -> new TopicPartition(Topics.QUESTIONS_PROMOTED, info.partition()))
                    .collect(Collectors.toMap(Function.identity(), partition -> OffsetSpec.latest()));
            return admin.listOffsets(partitions).all().get(10, TimeUnit.SECONDS).values().stream()
                    .mapToLong(info -> info.offset())
                    .sum();
        } catch (Exception e) {
            throw new IllegalStateException("could not read the end offsets of " + Topics.QUESTIONS_PROMOTED, e);
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}

package nl.starters.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.starters.launcher.Federation;
import nl.starters.servicedefaults.contract.EventContract;
import nl.starters.servicedefaults.kafka.TopicSpec;
import nl.starters.servicedefaults.kafka.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Runs after the other journeys: captures every record the services published on the real broker
 * during this run and validates each against docs/asyncapi.yaml; a type without a schema fails.
 */
@Journey
@Order(Integer.MAX_VALUE)
class PublishedEventsContractTests {

    @Test
    void everyRecordPublishedDuringTheJourneysMatchesTheContract(Federation federation) {
        List<ConsumerRecord<String, String>> published = capture(federation.bootstrapServers());

        assertThat(published).as("records published during the journeys").isNotEmpty();
        EventContract contract = EventContract.load();
        List<String> violations = new ArrayList<>();
        for (ConsumerRecord<String, String> record : published) {
            try {
                contract.validate(record);
            } catch (AssertionError violation) {
                violations.add(violation.getMessage());
            }
        }
        assertThat(violations)
                .as("contract violations of %d records", published.size())
                .isEmpty();
    }

    private static List<ConsumerRecord<String, String>> capture(String bootstrapServers) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG,
                "e2e-contract-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false);
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = Topics.all().stream()
                    .filter(topic -> !topic.name().endsWith(TopicSpec.DLT_SUFFIX))
                    .flatMap(topic -> consumer.partitionsFor(topic.name()).stream())
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p))
                    && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }
}

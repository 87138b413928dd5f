package nl.starters.member.testing;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.starters.servicedefaults.kafka.EventEnvelope;
import nl.starters.servicedefaults.kafka.Topics;
import nl.starters.servicedefaults.testing.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Waits for a member's event on members.v1, as another service would receive it. */
public final class MemberTopic {

    private MemberTopic() {}

    public static ConsumerRecord<String, String> await(UUID memberId, String type) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "member-topic-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest");
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.MEMBERS));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (var record : consumer.poll(Duration.ofMillis(300))) {
                    var header = record.headers().lastHeader(EventEnvelope.TYPE);
                    if (memberId.toString().equals(record.key())
                            && header != null
                            && type.equals(new String(header.value()))) {
                        return record;
                    }
                }
            }
            throw new AssertionError("No " + type + " for member " + memberId + " on members.v1 within 30 s");
        }
    }
}

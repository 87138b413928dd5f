package nl.starters.servicedefaults.consumer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import nl.starters.servicedefaults.kafka.EventProducer;
import nl.starters.servicedefaults.kafka.TopicSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.support.KafkaUtils;

/**
 * Moves the records of a dead-letter topic back to their topic after a fix: every record that is in the
 * DLT when the re-drive starts, with its key, bytes, partition and CloudEvents headers (so consumers that
 * processed it already skip it), without the error headers. A consumer group remembers how far it got,
 * so a record is re-driven once. Blocking: runs on a bounded-elastic thread.
 */
class DeadLetterRedrive {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Map<String, Object> consumerConfig;
    private final EventProducer producer;

    DeadLetterRedrive(Map<String, Object> consumerConfig, String group, EventProducer producer) {
        this.consumerConfig = new HashMap<>(consumerConfig);
        this.consumerConfig.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        this.consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        this.consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        this.consumerConfig.put(ConsumerConfig.CLIENT_ID_CONFIG, group);
        this.producer = producer;
    }

    /** Re-drives the DLT of a topic (named with or without its .DLT suffix); answers how many records. */
    int redrive(String topic) throws Exception {
        String deadLetters = topic.endsWith(TopicSpec.DLT_SUFFIX) ? topic : topic + TopicSpec.DLT_SUFFIX;
        try (var consumer = newConsumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(deadLetters, TIMEOUT).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, TIMEOUT);
            Map<TopicPartition, OffsetAndMetadata> done = consumer.committed(Set.copyOf(partitions), TIMEOUT);
            partitions.forEach(partition -> {
                OffsetAndMetadata committed = done.get(partition);
                if (committed == null) {
                    consumer.seekToBeginning(List.of(partition));
                } else {
                    consumer.seek(partition, committed.offset());
                }
            });
            List<CompletableFuture<?>> sends = new ArrayList<>();
            Instant deadline = Instant.now().plus(TIMEOUT);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("Re-drive of " + deadLetters + " did not finish in " + TIMEOUT);
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                        sends.add(producer.send(back(record)));
                    }
                }
            }
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            consumer.commitSync(end.entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, entry -> new OffsetAndMetadata(entry.getValue()))));
            return sends.size();
        }
    }

    /** How many records wait in each dead-letter topic that has any. */
    Map<String, Long> waiting() {
        try (var consumer = newConsumer()) {
            List<TopicPartition> partitions = consumer.listTopics(TIMEOUT).entrySet().stream()
                    .filter(topic -> topic.getKey().endsWith(TopicSpec.DLT_SUFFIX))
                    .flatMap(topic -> topic.getValue().stream())
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, TIMEOUT);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions, TIMEOUT);
            Map<TopicPartition, OffsetAndMetadata> done = consumer.committed(Set.copyOf(partitions), TIMEOUT);
            Map<String, Long> waiting = new HashMap<>();
            partitions.forEach(partition -> {
                OffsetAndMetadata committed = done.get(partition);
                long from =
                        committed == null ? begin.get(partition) : Math.max(committed.offset(), begin.get(partition));
                waiting.merge(partition.topic(), Math.max(0, end.get(partition) - from), Long::sum);
            });
            waiting.values().removeIf(count -> count == 0);
            return waiting;
        }
    }

    private KafkaConsumer<byte[], byte[]> newConsumer() {
        return new KafkaConsumer<>(consumerConfig, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private static ProducerRecord<Object, Object> back(ConsumerRecord<byte[], byte[]> record) {
        Header original = record.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_TOPIC);
        String topic = original != null
                ? new String(original.value(), StandardCharsets.UTF_8)
                : record.topic().substring(0, record.topic().length() - TopicSpec.DLT_SUFFIX.length());
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            if (!header.key().startsWith("kafka_dlt-")
                    && !header.key().startsWith(KafkaUtils.DESERIALIZER_EXCEPTION_HEADER_PREFIX)) {
                headers.add(header);
            }
        }
        return new ProducerRecord<>(topic, record.partition(), record.key(), record.value(), headers);
    }
}

package nl.starters.servicedefaults.kafka;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.ProducerListener;
import org.springframework.kafka.support.SendResult;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;

/**
 * The one producer of the event backbone (outbox relay, dead letters, re-drive): the service's own
 * producer settings, with String and byte[] keys and values, so a dead letter keeps the bytes it came
 * with. Not a KafkaTemplate bean, so a service's own template stays Boot's.
 */
public class EventProducer implements DisposableBean {

    /** Bounds how long a send may block on missing metadata while Kafka is away. */
    static final int DEFAULT_MAX_BLOCK_MS = 5_000;

    private final DefaultKafkaProducerFactory<Object, Object> factory;
    private final KafkaTemplate<Object, Object> template;

    public EventProducer(Map<String, Object> producerConfig) {
        Map<String, Object> config = new HashMap<>(producerConfig);
        config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, DEFAULT_MAX_BLOCK_MS);
        // the relay hands a whole batch over at once: lingering (Kafka 4 waits 5 ms) only adds latency
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 0);
        this.factory = new DefaultKafkaProducerFactory<>(config, byType(), byType());
        this.template = new KafkaTemplate<>(factory);
        // callers report failures themselves; the default listener would log every payload at ERROR
        this.template.setProducerListener(new ProducerListener<>() {});
    }

    /** Sends a record; the future completes when the broker acknowledged it (or failed). */
    public CompletableFuture<SendResult<Object, Object>> send(ProducerRecord<Object, Object> record) {
        try {
            return template.send(record);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** For the dead-letter recoverer. */
    public KafkaOperations<Object, Object> operations() {
        return template;
    }

    @Override
    public void destroy() {
        factory.destroy();
    }

    private static Serializer<Object> byType() {
        return new DelegatingByTypeSerializer(
                Map.of(String.class, new StringSerializer(), byte[].class, new ByteArraySerializer()));
    }
}

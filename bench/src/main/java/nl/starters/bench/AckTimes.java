package nl.starters.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Notes when the broker acknowledged each record (by partition and offset), inside the relay's own
 * producer: the end of the measured interval, without a hook in the code under test.
 */
public class AckTimes implements ProducerInterceptor<Object, Object> {

    static final Map<String, Long> ACKED = new ConcurrentHashMap<>();

    static String at(String topic, int partition, long offset) {
        return topic + "/" + partition + "/" + offset;
    }

    @Override
    public ProducerRecord<Object, Object> onSend(ProducerRecord<Object, Object> record) {
        return record;
    }

    @Override
    public void onAcknowledgement(RecordMetadata metadata, Exception exception) {
        if (exception == null && metadata.hasOffset()) {
            ACKED.putIfAbsent(at(metadata.topic(), metadata.partition(), metadata.offset()), System.nanoTime());
        }
    }

    @Override
    public void close() {}

    @Override
    public void configure(Map<String, ?> configs) {}
}

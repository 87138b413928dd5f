package nl.starters.servicedefaults.outbox;

import java.time.Instant;
import java.util.UUID;
import nl.starters.servicedefaults.kafka.EventEnvelope;
import org.apache.kafka.clients.producer.ProducerRecord;

/** An unpublished row of the outbox. */
record OutboxRow(UUID id, String topic, String key, String type, String payload, Instant occurredAt) {

    /** The record on the wire: the CloudEvents envelope in the headers, the JSON payload as the value. */
    ProducerRecord<Object, Object> toRecord(String source) {
        EventEnvelope envelope = new EventEnvelope(id, type, source, occurredAt);
        return new ProducerRecord<>(topic, null, key, payload, envelope.toHeaders());
    }
}

package nl.starters.servicedefaults.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import nl.starters.servicedefaults.kafka.EventEnvelope;
import nl.starters.servicedefaults.tracing.TraceParent;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;

/** An unpublished row of the outbox; {@code traceparent} is the trace of the write (null outside any trace). */
record OutboxRow(
        UUID id, String topic, String key, String type, String payload, Instant occurredAt, String traceparent) {

    /**
     * The record on the wire: the CloudEvents envelope in the headers, the JSON payload as the value, and the
     * write's {@code traceparent} header, so the consumers continue the trace of the request that wrote it.
     */
    ProducerRecord<Object, Object> toRecord(String source) {
        Headers headers = new EventEnvelope(id, type, source, occurredAt).toHeaders();
        if (traceparent != null) {
            headers.add(TraceParent.HEADER, traceparent.getBytes(StandardCharsets.UTF_8));
        }
        return new ProducerRecord<>(topic, null, key, payload, headers);
    }
}

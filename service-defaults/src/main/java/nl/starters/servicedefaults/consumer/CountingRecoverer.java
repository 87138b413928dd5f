package nl.starters.servicedefaults.consumer;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;

/** Counts every record sent to a dead-letter topic: {@code consumer_dead_letters_total{topic}}. */
class CountingRecoverer implements ConsumerAwareRecordRecoverer {

    private final ConsumerAwareRecordRecoverer delegate;
    private final MeterRegistry registry;

    CountingRecoverer(ConsumerAwareRecordRecoverer delegate, MeterRegistry registry) {
        this.delegate = delegate;
        this.registry = registry;
    }

    @Override
    public void accept(ConsumerRecord<?, ?> record, Consumer<?, ?> consumer, Exception exception) {
        delegate.accept(record, consumer, exception);
        registry.counter("consumer.dead.letters", "topic", record.topic()).increment();
    }
}

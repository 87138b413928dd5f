package nl.starters.servicedefaults.consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import nl.starters.servicedefaults.kafka.TopicSpec;
import nl.starters.servicedefaults.kafka.Topics;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;

/**
 * Counts every record sent to a dead-letter topic: {@code consumer_dead_letters_total{topic}}, the topic
 * the record came from. Every contract topic starts at zero, so {@code increase()} sees the first one.
 */
class CountingRecoverer implements ConsumerAwareRecordRecoverer {

    private final ConsumerAwareRecordRecoverer delegate;
    private final MeterRegistry registry;

    CountingRecoverer(ConsumerAwareRecordRecoverer delegate, MeterRegistry registry) {
        this.delegate = delegate;
        this.registry = registry;
        Topics.all().stream()
                .map(TopicSpec::name)
                .filter(name -> !name.endsWith(TopicSpec.DLT_SUFFIX))
                .forEach(this::counter);
    }

    @Override
    public void accept(ConsumerRecord<?, ?> record, Consumer<?, ?> consumer, Exception exception) {
        delegate.accept(record, consumer, exception);
        counter(record.topic()).increment();
    }

    private Counter counter(String topic) {
        return Counter.builder("consumer.dead.letters")
                .description("Records sent to the topic's dead-letter topic after their retries")
                .tag("topic", topic)
                .register(registry);
    }
}

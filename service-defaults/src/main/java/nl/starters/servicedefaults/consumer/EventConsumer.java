package nl.starters.servicedefaults.consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Processes one record to completion inside a {@code @KafkaListener}, before its offset is committed: the
 * event id is recorded in {@code messaging.processed_events} in the same transaction as the effect, so a
 * redelivered record changes nothing, and the listener thread waits for it with a bounded block.
 *
 * <pre>{@code
 * @KafkaListener(topics = Topics.MEMBERS, groupId = "local-branch-utrecht")
 * void on(ConsumerRecord<String, String> record) {
 *     events.process(record, event -> members.apply(event.type(), event.payloadAs(MemberChanged.class)));
 * }
 * }</pre>
 */
public class EventConsumer {

    private static final String RECORD_ID = """
            INSERT INTO messaging.processed_events (consumer, event_id) VALUES (:consumer, :id)
            ON CONFLICT DO NOTHING""";

    private final DatabaseClient database;
    private final TransactionalOperator transaction;
    private final ConsumerProperties properties;
    private final MeterRegistry registry;

    public EventConsumer(
            DatabaseClient database,
            TransactionalOperator transaction,
            ConsumerProperties properties,
            MeterRegistry registry) {
        this.database = database;
        this.transaction = transaction;
        this.properties = properties;
        this.registry = registry;
    }

    /** Processes the record once for the listener's consumer group; true when the effect ran now. */
    public boolean process(ConsumerRecord<?, ?> record, Function<IncomingEvent, Mono<?>> effect) {
        String group = KafkaUtils.getConsumerGroupId();
        if (group == null) {
            throw new IllegalStateException("No consumer group on this thread: name the consumer explicitly");
        }
        return process(group, record, effect);
    }

    /**
     * Processes the record once for the named consumer (name each listener when one group has two
     * listeners for the same events); true when the effect ran now, false for a duplicate.
     */
    public boolean process(String consumer, ConsumerRecord<?, ?> record, Function<IncomingEvent, Mono<?>> effect) {
        IncomingEvent event = IncomingEvent.from(record);
        Mono<Boolean> once = database.sql(RECORD_ID)
                .bind("consumer", consumer)
                .bind("id", event.id())
                .fetch()
                .rowsUpdated()
                .flatMap(inserted -> inserted == 0
                        ? Mono.just(false)
                        : Mono.defer(() -> effect.apply(event)).then(Mono.just(true)));
        Boolean applied = transaction
                .transactional(once)
                .timeout(
                        properties.timeout(),
                        Mono.error(() -> new EventProcessingTimeout(
                                "event " + event.id() + " not processed within " + properties.timeout())))
                .block(properties.timeout().plusSeconds(5));
        boolean ran = Boolean.TRUE.equals(applied);
        Counter.builder("consumer.events")
                .description("Events consumed, by outcome: applied now or a duplicate already processed")
                .tags("topic", record.topic(), "outcome", ran ? "applied" : "duplicate")
                .register(registry)
                .increment();
        return ran;
    }
}

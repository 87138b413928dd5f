package nl.starters.servicedefaults.backbone;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.starters.servicedefaults.consumer.EventConsumer;
import nl.starters.servicedefaults.consumer.IncomingEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The consumer of the test service: applies each entry to the effect table exactly once. */
@Component
class LedgerListener {

    /** Poisoned entries fail until a test "deploys the fix". */
    static final AtomicBoolean FIXED = new AtomicBoolean();

    private final EventConsumer events;
    private final DatabaseClient database;
    private final Duration delay;

    LedgerListener(
            EventConsumer events, DatabaseClient database, @Value("${backbone.effect-delay:0ms}") Duration delay) {
        this.events = events;
        this.database = database;
        this.delay = delay;
    }

    @KafkaListener(
            id = "ledger",
            topics = BackboneTestApplication.TOPIC,
            groupId = "${backbone.group:backbone}",
            autoStartup = "${backbone.consumer:true}")
    void on(ConsumerRecord<String, String> record) {
        String group = KafkaUtils.getConsumerGroupId(); // effects run on other threads
        events.process(record, event -> apply(group, event));
    }

    private Mono<Void> apply(String group, IncomingEvent event) {
        EntryRecorded entry = event.payloadAs(EntryRecorded.class);
        if (entry.poison() && !FIXED.get()) {
            return Mono.error(
                    new IllegalStateException("entry " + entry.seq() + " of " + entry.key() + " is poisoned"));
        }
        return database.sql("INSERT INTO effect (consumer, event_id, key, seq) VALUES (:consumer, :id, :key, :seq)")
                .bind("consumer", group)
                .bind("id", event.id())
                .bind("key", entry.key())
                .bind("seq", entry.seq())
                .then()
                .delayUntil(done -> delay.isZero() ? Mono.empty() : Mono.delay(delay));
    }
}

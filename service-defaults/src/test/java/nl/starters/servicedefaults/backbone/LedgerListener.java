package nl.starters.servicedefaults.backbone;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.starters.servicedefaults.consumer.EventConsumer;
import nl.starters.servicedefaults.consumer.IncomingEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
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

    /** The trace id the log lines of applying each key's entries carried (the MDC's {@code traceId}). */
    static final Map<String, String> TRACE_IDS = new ConcurrentHashMap<>();

    private static final Logger log = LoggerFactory.getLogger(LedgerListener.class);

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
                .then(Mono.<Void>fromRunnable(() -> applied(entry)))
                .delayUntil(done -> delay.isZero() ? Mono.empty() : Mono.delay(delay));
    }

    private static void applied(EntryRecorded entry) {
        log.info("Applied entry {} of {}", entry.seq(), entry.key());
        String traceId = MDC.get("traceId");
        if (traceId != null) {
            TRACE_IDS.put(entry.key(), traceId);
        }
    }
}

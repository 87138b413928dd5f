package nl.starters.servicedefaults.outbox;

import java.time.Clock;
import java.util.Collection;
import java.util.Optional;
import nl.starters.servicedefaults.kafka.EventJson;
import nl.starters.servicedefaults.tracing.CurrentTrace;
import nl.starters.servicedefaults.tracing.TraceParent;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Where a feature writes its events: in its own reactive transaction, right after the state change
 * they describe, so a rolled-back write publishes nothing and a committed one is published even if
 * Kafka is away. The relay publishes the rows after commit. Each row keeps the trace of the write (its
 * W3C {@code traceparent}), so the event's consumers continue that trace.
 */
public class Outbox {

    private static final String INSERT = """
            INSERT INTO messaging.outbox (id, topic, key, type, payload, occurred_at, traceparent)
            VALUES (:id, :topic, :key, :type, :payload, :occurredAt, :traceparent)""";

    private final DatabaseClient database;
    private final Clock clock;
    private final CurrentTrace trace;

    public Outbox(DatabaseClient database, Clock clock) {
        this(database, clock, CurrentTrace.NONE);
    }

    public Outbox(DatabaseClient database, Clock clock, CurrentTrace trace) {
        this.database = database;
        this.clock = clock;
        this.trace = trace;
    }

    /** Appends one event to the caller's transaction; fails when there is no transaction. */
    public Mono<Void> append(OutgoingEvent event) {
        return requireTransaction()
                .then(Mono.fromCallable(() -> EventJson.write(event.payload())))
                .zipWith(trace.traceParent()
                        .map(TraceParent::value)
                        .map(Optional::of)
                        .defaultIfEmpty(Optional.empty()))
                .flatMap(written -> database.sql(INSERT)
                        .bind("id", event.id())
                        .bind("topic", event.topic())
                        .bind("key", event.key())
                        .bind("type", event.type())
                        .bind("payload", written.getT1())
                        .bind("occurredAt", clock.instant())
                        .bind(
                                "traceparent",
                                Parameter.fromOrEmpty(written.getT2().orElse(null), String.class))
                        .then());
    }

    /** Appends events in the given order to the caller's transaction. */
    public Mono<Void> appendAll(Collection<OutgoingEvent> events) {
        return Flux.fromIterable(events).concatMap(this::append).then();
    }

    private static Mono<Void> requireTransaction() {
        return TransactionSynchronizationManager.forCurrentTransaction()
                .filter(TransactionSynchronizationManager::isActualTransactionActive)
                .onErrorResume(e -> Mono.empty())
                .switchIfEmpty(Mono.error(new IllegalStateException(
                        "Outbox.append must run inside the transaction of the state change it describes"
                                + " (@Transactional or TransactionalOperator)")))
                .then();
    }
}

package nl.starters.servicedefaults.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import nl.starters.servicedefaults.kafka.EventProducer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Publishes the oldest unpublished rows in one transaction that holds the outbox's advisory lock, so only
 * one instance of a service publishes at a time and rows go out in seq order (per-key order across
 * instances; SKIP LOCKED batches could reorder a key). Rows are marked only after the broker's acks.
 */
class OutboxBatch {

    /** Answered instead of a size when another instance is publishing. */
    static final int LOCKED_ELSEWHERE = -1;

    private static final Result SKIPPED = new Result(LOCKED_ELSEWHERE, null);
    private static final Logger log = LoggerFactory.getLogger(OutboxBatch.class);

    private final OutboxTable table;
    private final TransactionalOperator transaction;
    private final EventProducer producer;
    private final Scheduler sender;
    private final OutboxProperties properties;
    private final OutboxMetrics metrics;

    OutboxBatch(
            OutboxTable table,
            TransactionalOperator transaction,
            EventProducer producer,
            Scheduler sender,
            OutboxProperties properties,
            OutboxMetrics metrics) {
        this.table = table;
        this.transaction = transaction;
        this.producer = producer;
        this.sender = sender;
        this.properties = properties;
        this.metrics = metrics;
    }

    /** The number of rows looked at, or {@link #LOCKED_ELSEWHERE}; fails when rows must be retried. */
    Mono<Integer> publishNext() {
        return transaction
                .transactional(table.tryLock().flatMap(locked -> locked ? publishPending() : Mono.just(SKIPPED)))
                .flatMap(this::afterCommit);
    }

    private Mono<Result> publishPending() {
        return table.pending(properties.batchSize())
                .flatMap(rows -> rows.isEmpty()
                        ? Mono.just(new Result(0, null))
                        : send(rows)
                                .flatMap(outcome -> table.mark(outcome).thenReturn(new Result(rows.size(), outcome))));
    }

    private Mono<SendOutcome> send(List<OutboxRow> rows) {
        return Mono.fromCallable(() -> sendInOrder(rows))
                .subscribeOn(sender)
                .flatMap(
                        sends -> Mono.fromFuture(CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)), true)
                                .timeout(properties.sendTimeout())
                                .onErrorResume(e -> Mono.empty())
                                .publishOn(Schedulers.parallel()) // off the producer's network thread
                                .then(Mono.fromCallable(() -> SendOutcome.of(rows, sends))));
    }

    /**
     * Hands the rows to the producer in seq order; once a send fails at once (no metadata: Kafka away,
     * after blocking up to max.block.ms) the rest is not tried, so a batch costs one wait, not one per row.
     */
    private List<CompletableFuture<?>> sendInOrder(List<OutboxRow> rows) {
        List<CompletableFuture<?>> sends = new ArrayList<>(rows.size());
        boolean refused = false;
        for (OutboxRow row : rows) {
            CompletableFuture<?> send = refused
                    ? CompletableFuture.failedFuture(new IllegalStateException("not sent: an earlier send failed"))
                    : producer.send(row.toRecord(properties.source()));
            refused = refused || send.isCompletedExceptionally();
            sends.add(send);
        }
        return sends;
    }

    private Mono<Integer> afterCommit(Result result) {
        SendOutcome outcome = result.outcome();
        if (outcome == null) {
            return Mono.just(result.size());
        }
        outcome.published().forEach(row -> metrics.published(row.topic(), 1));
        outcome.retry().forEach(row -> metrics.failed(row.topic(), 1));
        outcome.permanent().forEach(row -> {
            metrics.failed(row.topic(), 1);
            log.error(
                    "Set aside event {} ({} on {}): the broker can never take it: {}",
                    row.id(),
                    row.type(),
                    row.topic(),
                    outcome.firstError().toString());
        });
        return outcome.retry().isEmpty()
                ? Mono.just(result.size())
                : Mono.error(new OutboxPublishException(outcome.retry().size(), outcome.firstError()));
    }

    private record Result(int size, SendOutcome outcome) {}
}

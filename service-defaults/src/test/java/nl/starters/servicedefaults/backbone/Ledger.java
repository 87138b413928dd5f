package nl.starters.servicedefaults.backbone;

import nl.starters.servicedefaults.outbox.Outbox;
import nl.starters.servicedefaults.outbox.OutgoingEvent;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/** The feature of the test service: writes an entry and its event in one transaction. */
@Service
class Ledger {

    private final DatabaseClient database;
    private final Outbox outbox;
    private final TransactionalOperator transaction;

    Ledger(DatabaseClient database, Outbox outbox, TransactionalOperator transaction) {
        this.database = database;
        this.outbox = outbox;
        this.transaction = transaction;
    }

    Mono<Void> record(String key, int seq) {
        return write(new EntryRecorded(key, seq, false));
    }

    Mono<Void> recordPoisoned(String key, int seq) {
        return write(new EntryRecorded(key, seq, true));
    }

    /** Writes an entry and its event, then fails: neither may survive. */
    Mono<Void> recordThenFail(String key, int seq) {
        return transaction.transactional(insert(new EntryRecorded(key, seq, false))
                .then(Mono.error(new IllegalStateException("the feature failed after writing"))));
    }

    private Mono<Void> write(EntryRecorded entry) {
        return transaction.transactional(insert(entry));
    }

    private Mono<Void> insert(EntryRecorded entry) {
        return database.sql("INSERT INTO ledger_entry (key, seq) VALUES (:key, :seq)")
                .bind("key", entry.key())
                .bind("seq", entry.seq())
                .then()
                .then(outbox.append(OutgoingEvent.of(
                        BackboneTestApplication.TOPIC, entry.key(), BackboneTestApplication.TYPE, entry)));
    }
}

package nl.starters.servicedefaults.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import nl.starters.servicedefaults.backbone.BackboneTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

@BackboneTest
class OutboxHousekeepingIntegrationTests {

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxHousekeeping housekeeping;

    @Autowired
    DatabaseClient database;

    @Autowired
    TransactionalOperator transaction;

    @Test
    void deletesPublishedRowsOnceTheyAreOlderThanTheRetention() {
        var event = OutgoingEvent.of("backbone.test.v1", "cleanup-" + UUID.randomUUID(), "cleanup.v1", "payload");
        transaction.transactional(outbox.append(event)).block();
        await().until(() -> publishedAt(event.id()).isPresent());
        UUID setAside = setAsideRow();

        assertThat(housekeeping.deletePublished(Duration.ofHours(1)).block()).isZero();
        assertThat(housekeeping.deletePublished(Duration.ZERO).block()).isPositive();

        assertThat(rows(event.id())).isZero();
        assertThat(rows(setAside)).isOne(); // not published: kept for the operator to look at
    }

    private UUID setAsideRow() {
        UUID id = UUID.randomUUID();
        database.sql("INSERT INTO messaging.outbox (id, topic, key, type, payload, occurred_at, failed_at)"
                        + " VALUES (:id, 'backbone.test.v1', 'k', 'too-large.v1', '{}', now(), now())")
                .bind("id", id)
                .then()
                .block();
        return id;
    }

    private Optional<Instant> publishedAt(UUID id) {
        return database.sql("SELECT published_at FROM messaging.outbox WHERE id = :id")
                .bind("id", id)
                .map(row -> Optional.ofNullable(row.get(0, Instant.class)))
                .one()
                .block();
    }

    private long rows(UUID id) {
        return database.sql("SELECT count(*) FROM messaging.outbox WHERE id = :id")
                .bind("id", id)
                .map(row -> row.get(0, Long.class))
                .one()
                .block();
    }
}

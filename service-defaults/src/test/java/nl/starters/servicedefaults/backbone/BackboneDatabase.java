package nl.starters.servicedefaults.backbone;

import java.util.List;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/** What the tests count in the test service's database (blocking: test code only). */
@Component
class BackboneDatabase {

    private final DatabaseClient database;

    BackboneDatabase(DatabaseClient database) {
        this.database = database;
    }

    long effects(String consumer, String keyPrefix) {
        return count(
                "SELECT count(*) FROM effect WHERE consumer = :consumer AND key LIKE :prefix", consumer, keyPrefix);
    }

    long distinctEffects(String consumer, String keyPrefix) {
        return count(
                "SELECT count(DISTINCT event_id) FROM effect WHERE consumer = :consumer AND key LIKE :prefix",
                consumer,
                keyPrefix);
    }

    long unpublished(String keyPrefix) {
        return database.sql("SELECT count(*) FROM messaging.outbox WHERE published_at IS NULL AND key LIKE :prefix")
                .bind("prefix", keyPrefix + "%")
                .map(row -> row.get(0, Long.class))
                .one()
                .block();
    }

    List<Map<String, Object>> outboxRows(String keyPrefix) {
        return database.sql("SELECT * FROM messaging.outbox WHERE key LIKE :prefix ORDER BY seq")
                .bind("prefix", keyPrefix + "%")
                .fetch()
                .all()
                .collectList()
                .block();
    }

    long ledgerEntries(String keyPrefix) {
        return database.sql("SELECT count(*) FROM ledger_entry WHERE key LIKE :prefix")
                .bind("prefix", keyPrefix + "%")
                .map(row -> row.get(0, Long.class))
                .one()
                .block();
    }

    private long count(String sql, String consumer, String keyPrefix) {
        return database.sql(sql)
                .bind("consumer", consumer)
                .bind("prefix", keyPrefix + "%")
                .map(row -> row.get(0, Long.class))
                .one()
                .block();
    }
}

package nl.starters.servicedefaults.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.sql.SQLException;
import nl.starters.servicedefaults.testing.PostgresServer;
import nl.starters.servicedefaults.testing.TestInfrastructure;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** A database of an earlier version of the messaging schema is upgraded at start, its unpublished rows kept. */
class MessagingSchemaUpgradeIntegrationTests {

    @Test
    void upgradesAnOutboxWithoutTraceparentKeepingItsPendingRows() throws SQLException {
        PostgresServer postgres = TestInfrastructure.postgres();
        String database = postgres.createDatabase("messaging_upgrade");
        String url = postgres.jdbcUrl(database);
        Flyway.configure(MessagingSchema.class.getClassLoader())
                .dataSource(url, postgres.username(), postgres.password())
                .schemas(MessagingSchema.SCHEMA)
                .locations("classpath:db/messaging")
                .target("1")
                .load()
                .migrate();
        execute(
                url,
                postgres,
                "INSERT INTO messaging.outbox (id, topic, key, type, payload, occurred_at) VALUES"
                        + " ('0190a5d2-0000-7000-8000-000000000001', 'members.v1', 'k', 'member.registered.v1', '{}', now())");

        new MessagingSchema(new MessagingSchema.JdbcTarget(url, postgres.username(), postgres.password(), 0, 1))
                .afterPropertiesSet();

        try (var connection = DriverManager.getConnection(url, postgres.username(), postgres.password());
                var rows = connection
                        .createStatement()
                        .executeQuery("SELECT traceparent, published_at FROM messaging.outbox")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString("traceparent")).isNull();
            assertThat(rows.getObject("published_at")).as("still pending").isNull();
            assertThat(rows.next()).isFalse();
        }
    }

    private static void execute(String url, PostgresServer postgres, String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(url, postgres.username(), postgres.password());
                var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}

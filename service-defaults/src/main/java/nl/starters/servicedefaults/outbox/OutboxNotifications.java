package nl.starters.servicedefaults.outbox;

import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Wrapped;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Signals when a transaction that wrote outbox rows committed (PostgreSQL LISTEN/NOTIFY on a connection of
 * its own, outside the pool), and once after every (re)connect, since notifications sent while it was
 * disconnected are lost. Reconnects by itself with back-off.
 */
class OutboxNotifications {

    static final String CHANNEL = "messaging_outbox";

    private static final Logger log = LoggerFactory.getLogger(OutboxNotifications.class);

    private final ConnectionFactory connections;
    private final Duration maxBackoff;

    OutboxNotifications(ConnectionFactory connections, Duration maxBackoff) {
        this.connections = unwrap(connections);
        this.maxBackoff = maxBackoff;
    }

    Flux<Object> signals() {
        if (!(connections instanceof PostgresqlConnectionFactory postgres)) {
            log.warn("No PostgreSQL connection factory: the outbox relay falls back to its safety poll");
            return Flux.never();
        }
        return Flux.usingWhen(
                        postgres.create(),
                        this::listen,
                        connection -> connection.close().onErrorResume(e -> Mono.empty()))
                .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(250))
                        .maxBackoff(maxBackoff)
                        .transientErrors(true)
                        .doBeforeRetry(signal -> log.debug("Outbox LISTEN connection lost: {}", signal.failure())));
    }

    private Flux<Object> listen(PostgresqlConnection connection) {
        return connection
                .createStatement("LISTEN " + CHANNEL)
                .execute()
                .flatMap(result -> result.getRowsUpdated())
                .thenMany(Flux.<Object>just("connected")
                        .concatWith(connection.getNotifications().map(notification -> "notified")))
                .concatWith(Mono.error(new IllegalStateException("the LISTEN connection closed")));
    }

    private static ConnectionFactory unwrap(ConnectionFactory factory) {
        ConnectionFactory current = factory;
        while (current instanceof Wrapped<?> wrapped && wrapped.unwrap() instanceof ConnectionFactory inner) {
            current = inner;
        }
        return current;
    }
}

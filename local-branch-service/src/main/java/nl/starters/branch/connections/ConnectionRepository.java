package nl.starters.branch.connections;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.starters.servicedefaults.members.Author;
import nl.starters.servicedefaults.web.PageRequest;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class ConnectionRepository {

    private static final String OTHER = "CASE WHEN c.requester_id = :me THEN c.addressee_id ELSE c.requester_id END";
    private static final String VIEW = "SELECT c.id, c.requester_id, c.state, c.message, c.created_at, c.decided_at, "
            + Author.columns("o", OTHER) + " FROM connections c " + Author.join("o", OTHER)
            + " WHERE (c.requester_id = :me OR c.addressee_id = :me)";

    private final DatabaseClient db;

    ConnectionRepository(DatabaseClient db) {
        this.db = db;
    }

    /** Whether this branch's copy of members.v1 knows the member, and they were not erased. */
    Mono<Boolean> knowsMember(UUID id) {
        return db.sql("SELECT NOT erased AS known FROM members WHERE id = :id")
                .bind("id", id)
                .map(row -> Boolean.TRUE.equals(row.get("known", Boolean.class)))
                .one()
                .defaultIfEmpty(false);
    }

    /** Inserts the request unless the pair already has one (either way round); empty then. */
    Mono<UUID> insertUnlessPaired(UUID id, UUID requester, UUID addressee, String message, Instant at) {
        return db.sql("""
                        INSERT INTO connections (id, requester_id, addressee_id, message, state, created_at)
                        VALUES (:id, :requester, :addressee, :message, 'PENDING', :at)
                        ON CONFLICT DO NOTHING RETURNING id""")
                .bind("id", id)
                .bind("requester", requester)
                .bind("addressee", addressee)
                .bind("message", Parameter.fromOrEmpty(message, String.class))
                .bind("at", at)
                .map(row -> row.get("id", UUID.class))
                .one();
    }

    Mono<UUID> findPair(UUID one, UUID other) {
        return db.sql("""
                        SELECT id FROM connections
                        WHERE least(requester_id, addressee_id) = least(:one, :other)
                          AND greatest(requester_id, addressee_id) = greatest(:one, :other)""")
                .bind("one", one)
                .bind("other", other)
                .map(row -> row.get("id", UUID.class))
                .one();
    }

    /** The connection, locked until the transaction ends, so two decisions cannot interleave. */
    Mono<Connection> lock(UUID id) {
        return db.sql("SELECT id, requester_id, addressee_id, state FROM connections WHERE id = :id FOR UPDATE")
                .bind("id", id)
                .map(row -> new Connection(
                        row.get("id", UUID.class),
                        row.get("requester_id", UUID.class),
                        row.get("addressee_id", UUID.class),
                        ConnectionState.valueOf(row.get("state", String.class))))
                .one();
    }

    Mono<Void> decide(UUID id, ConnectionState state, Instant at) {
        return db.sql("UPDATE connections SET state = :state, decided_at = :at WHERE id = :id")
                .bind("state", state.name())
                .bind("at", at)
                .bind("id", id)
                .then();
    }

    Mono<ConnectionView> view(UUID me, UUID id) {
        return db.sql(VIEW + " AND c.id = :id")
                .bind("me", me)
                .bind("id", id)
                .map(row -> toView(row, me))
                .one();
    }

    Flux<ConnectionView> of(UUID me, List<ConnectionState> states, Direction direction, PageRequest page) {
        return db.sql(VIEW + filter(direction) + " ORDER BY c.created_at DESC, c.id DESC LIMIT :limit OFFSET :offset")
                .bind("me", me)
                .bind("states", states.stream().map(Enum::name).toArray(String[]::new))
                .bind("limit", page.size())
                .bind("offset", page.offset())
                .map(row -> toView(row, me))
                .all();
    }

    Mono<Long> count(UUID me, List<ConnectionState> states, Direction direction) {
        return db.sql("SELECT count(*) FROM connections c WHERE (c.requester_id = :me OR c.addressee_id = :me)"
                        + filter(direction))
                .bind("me", me)
                .bind("states", states.stream().map(Enum::name).toArray(String[]::new))
                .map(row -> row.get(0, Long.class))
                .one();
    }

    private static String filter(Direction direction) {
        String states = " AND c.state = ANY(:states)";
        if (direction == null) {
            return states;
        }
        return states + (direction == Direction.OUTGOING ? " AND c.requester_id = :me" : " AND c.addressee_id = :me");
    }

    private static ConnectionView toView(Readable row, UUID me) {
        return new ConnectionView(
                row.get("id", UUID.class),
                ConnectionState.valueOf(row.get("state", String.class)),
                me.equals(row.get("requester_id", UUID.class)) ? Direction.OUTGOING : Direction.INCOMING,
                Author.read(row, "o"),
                row.get("message", String.class),
                row.get("created_at", Instant.class),
                row.get("decided_at", Instant.class));
    }
}

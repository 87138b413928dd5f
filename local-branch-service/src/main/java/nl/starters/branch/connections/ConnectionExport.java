package nl.starters.branch.connections;

import java.time.Instant;
import java.util.UUID;
import nl.starters.servicedefaults.export.ExportPart;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/** The member's connections and requests, either way round, declined ones included: their part of the export. */
@Component
class ConnectionExport implements ExportPart {

    private final DatabaseClient db;

    ConnectionExport(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public String kind() {
        return "connections";
    }

    @Override
    public Flux<ExportedConnection> itemsOf(UUID memberId) {
        return db.sql("""
                        SELECT id, requester_id, addressee_id, message, state, created_at, decided_at
                        FROM connections WHERE requester_id = :member OR addressee_id = :member
                        ORDER BY created_at, id""")
                .bind("member", memberId)
                .map(row -> {
                    boolean sent = memberId.equals(row.get("requester_id", UUID.class));
                    return new ExportedConnection(
                            row.get("id", UUID.class),
                            sent ? Direction.OUTGOING : Direction.INCOMING,
                            row.get(sent ? "addressee_id" : "requester_id", UUID.class),
                            ConnectionState.valueOf(row.get("state", String.class)),
                            row.get("message", String.class),
                            row.get("created_at", Instant.class),
                            row.get("decided_at", Instant.class));
                })
                .all();
    }

    /** A connection as the member took part in it; the other member only by id. */
    record ExportedConnection(
            UUID id,
            Direction direction,
            UUID otherMemberId,
            ConnectionState state,
            String message,
            Instant createdAt,
            Instant decidedAt) {}
}

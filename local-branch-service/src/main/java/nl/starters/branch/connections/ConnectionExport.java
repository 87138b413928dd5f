package nl.starters.branch.connections;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.UUID;
import nl.starters.servicedefaults.export.QueryExportPart;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/** The member's connections and requests, either way round, declined ones included: their part of the export. */
@Component
class ConnectionExport extends QueryExportPart<ConnectionExport.ExportedConnection> {

    ConnectionExport(DatabaseClient db) {
        super(db, "connections", """
                        SELECT id, requester_id, addressee_id, message, state, created_at, decided_at
                        FROM connections WHERE requester_id = :member OR addressee_id = :member
                        ORDER BY created_at, id""");
    }

    @Override
    protected ExportedConnection item(Readable row, UUID memberId) {
        boolean sent = memberId.equals(row.get("requester_id", UUID.class));
        return new ExportedConnection(
                row.get("id", UUID.class),
                sent ? Direction.OUTGOING : Direction.INCOMING,
                row.get(sent ? "addressee_id" : "requester_id", UUID.class),
                ConnectionState.valueOf(row.get("state", String.class)),
                row.get("message", String.class),
                row.get("created_at", Instant.class),
                row.get("decided_at", Instant.class));
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

package nl.starters.member.audit;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import nl.starters.servicedefaults.web.PageRequest;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class AuditRepository {

    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {};
    private static final String COLUMNS = "id, actor_id, action, subject_id, occurred_at, details::text AS details";

    private final DatabaseClient db;
    private final JsonMapper json;

    AuditRepository(DatabaseClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    Mono<Void> insert(AuditEntry entry) {
        var spec = db.sql("""
                        INSERT INTO audit_log (id, actor_id, action, subject_id, occurred_at, details)
                        VALUES (:id, :actor, :action, :subject, :at, CAST(:details AS jsonb))""")
                .bind("id", entry.id())
                .bind("action", entry.action())
                .bind("subject", entry.subjectId())
                .bind("at", entry.occurredAt())
                .bind("details", json.writeValueAsString(entry.details()));
        spec = entry.actorId() == null ? spec.bindNull("actor", UUID.class) : spec.bind("actor", entry.actorId());
        return spec.then();
    }

    Flux<AuditEntry> newestFirst(PageRequest page) {
        return db.sql("SELECT " + COLUMNS + " FROM audit_log ORDER BY occurred_at DESC, id DESC"
                        + " LIMIT :limit OFFSET :offset")
                .bind("limit", page.size())
                .bind("offset", page.offset())
                .map(this::toEntry)
                .all();
    }

    Mono<Long> count() {
        return db.sql("SELECT count(*) AS total FROM audit_log")
                .map(row -> row.get("total", Long.class))
                .one();
    }

    /** Entries where the member acted or was acted upon, oldest first. */
    Flux<AuditEntry> involving(UUID memberId) {
        return db.sql("SELECT " + COLUMNS + " FROM audit_log WHERE subject_id = :member OR actor_id = :member"
                        + " ORDER BY occurred_at, id")
                .bind("member", memberId)
                .map(this::toEntry)
                .all();
    }

    private AuditEntry toEntry(Readable row) {
        return new AuditEntry(
                row.get("id", UUID.class),
                row.get("actor_id", UUID.class),
                row.get("action", String.class),
                row.get("subject_id", UUID.class),
                row.get("occurred_at", Instant.class),
                json.readValue(row.get("details", String.class), DETAILS));
    }
}

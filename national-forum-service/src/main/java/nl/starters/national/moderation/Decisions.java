package nl.starters.national.moderation;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import nl.starters.servicedefaults.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * A coordinator restores content (visible again, its flags cleared so they count anew) or removes it
 * (for good, with a reason); either works on any national content, flagged or not.
 */
@Component
class Decisions {

    private final DatabaseClient db;
    private final NationalContent content;
    private final TransactionalOperator transaction;
    private final Clock clock;

    Decisions(DatabaseClient db, NationalContent content, TransactionalOperator transaction, Clock clock) {
        this.db = db;
        this.content = content;
        this.transaction = transaction;
        this.clock = clock;
    }

    Mono<Decision> decide(Caller coordinator, String kindName, UUID id, boolean restore, String reason) {
        ContentKind kind = ContentKind.parse(kindName);
        if (!restore && reason == null) {
            return Mono.error(new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "reason: say why this is removed (at most 500 characters)"));
        }
        Instant now = clock.instant();
        String state = restore ? "VISIBLE" : "REMOVED";
        Mono<Void> clearFlags = restore
                ? db.sql("DELETE FROM national_flags WHERE subject_id = :id")
                        .bind("id", id)
                        .then()
                : Mono.empty();
        return content.find(kind, id)
                .flatMap(found -> transaction.transactional(withReason(
                                db.sql("""
                                INSERT INTO national_moderation (subject_id, kind, state, reason, decided_by, changed_at)
                                VALUES (:id, :kind, :state, :reason, :by, :at)
                                ON CONFLICT (subject_id) DO UPDATE SET state = EXCLUDED.state, reason = EXCLUDED.reason,
                                    decided_by = EXCLUDED.decided_by, changed_at = EXCLUDED.changed_at""")
                                        .bind("id", id)
                                        .bind("kind", kind.name())
                                        .bind("state", state)
                                        .bind("by", coordinator.memberId())
                                        .bind("at", now),
                                reason)
                        .then()
                        .then(clearFlags)))
                .thenReturn(new Decision(kind, id, state, reason, now));
    }

    private static DatabaseClient.GenericExecuteSpec withReason(DatabaseClient.GenericExecuteSpec spec, String reason) {
        return reason == null ? spec.bindNull("reason", String.class) : spec.bind("reason", reason);
    }

    /** What the coordinator decided, shown to the content's author. */
    record Decision(ContentKind kind, UUID id, String state, String reason, Instant decidedAt) {}
}

package nl.starters.branch.moderation;

import java.time.Instant;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** The writes on {@code flags} and {@code moderation_states}; each runs inside its caller's transaction. */
@Repository
class ModerationStore {

    private final DatabaseClient db;

    ModerationStore(DatabaseClient db) {
        this.db = db;
    }

    /**
     * The content's state, locking its row until the transaction ends so concurrent flags on the same
     * content are counted one after the other (content never flagged gets a {@code VISIBLE} row).
     */
    Mono<ModerationState> lockState(String kind, UUID id, Instant now) {
        return db.sql("""
                        INSERT INTO moderation_states (subject_id, subject_kind, state, updated_at)
                        VALUES (:id, :kind, 'VISIBLE', :now)
                        ON CONFLICT (subject_id) DO UPDATE SET subject_kind = moderation_states.subject_kind
                        RETURNING state""")
                .bind("id", id)
                .bind("kind", kind)
                .bind("now", now)
                .map(row -> ModerationState.valueOf(row.get("state", String.class)))
                .one();
    }

    /** Adds the member's flag; empty when they had flagged this content already. */
    Mono<Instant> add(UUID id, UUID memberId, String reason, Instant now) {
        return db.sql("""
                        INSERT INTO flags (subject_id, member_id, reason, created_at) VALUES (:id, :member, :reason, :now)
                        ON CONFLICT (subject_id, member_id) DO NOTHING RETURNING created_at""")
                .bind("id", id)
                .bind("member", memberId)
                .bind("reason", reason)
                .bind("now", now)
                .map(row -> row.get("created_at", Instant.class))
                .one();
    }

    Mono<FlagView> existing(String kind, UUID id, UUID memberId) {
        return db.sql("""
                        SELECT f.reason, f.created_at, ms.state FROM flags f
                        JOIN moderation_states ms ON ms.subject_id = f.subject_id
                        WHERE f.subject_id = :id AND f.member_id = :member""")
                .bind("id", id)
                .bind("member", memberId)
                .map(row -> new FlagView(
                        kind,
                        id,
                        row.get("reason", String.class),
                        row.get("created_at", Instant.class),
                        ModerationState.HIDDEN.name().equals(row.get("state", String.class))))
                .one();
    }

    Mono<Integer> contributionsOf(UUID memberId) {
        return db.sql("SELECT contributions FROM member_activity WHERE member_id = :member")
                .bind("member", memberId)
                .map(row -> row.get("contributions", Integer.class))
                .one()
                .defaultIfEmpty(0);
    }

    /** Hides visible content when a trusted member flagged it or enough flags wait for review. */
    Mono<Boolean> hideIf(UUID id, boolean trusted, int flagsToHide, Instant now) {
        return db.sql("""
                        UPDATE moderation_states SET state = 'HIDDEN', updated_at = :now
                        WHERE subject_id = :id AND state = 'VISIBLE' AND (:trusted OR (
                            SELECT count(*) FROM flags WHERE subject_id = :id AND reviewed_at IS NULL) >= :threshold)""")
                .bind("id", id)
                .bind("trusted", trusted)
                .bind("threshold", flagsToHide)
                .bind("now", now)
                .fetch()
                .rowsUpdated()
                .map(updated -> updated > 0);
    }

    /** Flags nobody from staff has looked at yet. */
    Mono<Long> pendingFlags(UUID id) {
        return db.sql("SELECT count(*) FROM flags WHERE subject_id = :id AND reviewed_at IS NULL")
                .bind("id", id)
                .map(row -> row.get(0, Long.class))
                .one();
    }

    /**
     * A staff decision: the new state with who decided, when and why; the flags waiting for review are
     * marked reviewed by it, so they neither count again nor can be repeated by the same members.
     */
    Mono<Void> decide(UUID id, ModerationState state, String reason, UUID staffId, Instant now) {
        var update = db.sql("""
                        UPDATE moderation_states SET state = :state, reason = :reason, decided_by = :staff,
                            decided_at = :now, updated_at = :now WHERE subject_id = :id""").bind("state", state.name());
        update = reason == null ? update.bindNull("reason", String.class) : update.bind("reason", reason);
        return update.bind("staff", staffId)
                .bind("now", now)
                .bind("id", id)
                .then()
                .then(db.sql("UPDATE flags SET reviewed_at = :now WHERE subject_id = :id AND reviewed_at IS NULL")
                        .bind("now", now)
                        .bind("id", id)
                        .then());
    }
}

package nl.starters.servicedefaults.members;

import java.time.Instant;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * Writes a service's own read copy of members.v1 (its {@code members} table, created by the service's
 * migrations) so it renders authors without calling member-service; an erasure is final.
 */
class MemberCopyWriter {

    private final DatabaseClient db;

    MemberCopyWriter(DatabaseClient db) {
        this.db = db;
    }

    /** Keeps the profile; true when the member is new to this copy (the row was inserted now). */
    Mono<Boolean> save(UUID id, String displayName, boolean staff, String homeBranch, Instant at) {
        return db.sql("""
                        INSERT INTO members AS m (id, display_name, staff, home_branch, updated_at)
                        VALUES (:id, :name, :staff, :branch, :at)
                        ON CONFLICT (id) DO UPDATE SET display_name = EXCLUDED.display_name, staff = EXCLUDED.staff,
                            home_branch = EXCLUDED.home_branch, updated_at = EXCLUDED.updated_at
                        WHERE NOT m.erased
                        RETURNING (xmax = 0) AS inserted""")
                .bind("id", id)
                .bind("name", displayName)
                .bind("staff", staff)
                .bind("branch", homeBranch)
                .bind("at", at)
                .map(row -> Boolean.TRUE.equals(row.get("inserted", Boolean.class)))
                .one()
                .defaultIfEmpty(false);
    }

    /** The name is gone from this copy; the member's content stays and shows as a former member. */
    Mono<Void> erase(UUID id, Instant at) {
        return db.sql("""
                        INSERT INTO members AS m (id, display_name, staff, erased, updated_at)
                        VALUES (:id, '', false, true, :at)
                        ON CONFLICT (id) DO UPDATE SET display_name = '', staff = false, home_branch = NULL,
                            erased = true, updated_at = EXCLUDED.updated_at""").bind("id", id).bind("at", at).then();
    }
}

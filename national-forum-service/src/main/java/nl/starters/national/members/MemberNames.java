package nl.starters.national.members;

import java.time.Instant;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * The national forum's read copy of members.v1: it renders authors of every region from here, so a
 * later pseudonym or erasure shows everywhere without a call to member-service.
 */
@Repository
class MemberNames {

    private final DatabaseClient db;

    MemberNames(DatabaseClient db) {
        this.db = db;
    }

    Mono<Void> upsert(UUID id, String displayName, boolean staff, String homeBranch, Instant at) {
        return db.sql("""
                        INSERT INTO members AS m (id, display_name, staff, home_branch, updated_at)
                        VALUES (:id, :name, :staff, :branch, :at)
                        ON CONFLICT (id) DO UPDATE SET display_name = EXCLUDED.display_name,
                            staff = EXCLUDED.staff, home_branch = EXCLUDED.home_branch, updated_at = EXCLUDED.updated_at
                        WHERE NOT m.erased""")
                .bind("id", id)
                .bind("name", displayName)
                .bind("staff", staff)
                .bind("branch", homeBranch)
                .bind("at", at)
                .then();
    }

    Mono<Void> markErased(UUID id, Instant at) {
        return db.sql("""
                        INSERT INTO members AS m (id, display_name, erased, updated_at) VALUES (:id, '', true, :at)
                        ON CONFLICT (id) DO UPDATE SET display_name = '', staff = false, home_branch = NULL,
                            erased = true, updated_at = EXCLUDED.updated_at""").bind("id", id).bind("at", at).then();
    }
}

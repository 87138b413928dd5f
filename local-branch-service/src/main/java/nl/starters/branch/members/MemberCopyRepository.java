package nl.starters.branch.members;

import java.time.Instant;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** This branch's read copy of members.v1, so no read path ever calls member-service. */
@Repository
class MemberCopyRepository {

    private final DatabaseClient db;

    MemberCopyRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<MemberCard> findCard(UUID id) {
        return db.sql("SELECT id, display_name, staff, erased FROM members WHERE id = :id")
                .bind("id", id)
                .map(row -> Boolean.TRUE.equals(row.get("erased", Boolean.class))
                        ? new MemberCard(id, MemberCard.FORMER_MEMBER, false)
                        : new MemberCard(
                                id,
                                row.get("display_name", String.class),
                                Boolean.TRUE.equals(row.get("staff", Boolean.class))))
                .one();
    }

    Mono<Void> save(MemberEventsListener.MemberChanged member, Instant at) {
        return db.sql("""
                        INSERT INTO members (id, display_name, staff, home_branch, updated_at)
                        VALUES (:id, :name, :staff, :branch, :at)
                        ON CONFLICT (id) DO UPDATE SET display_name = :name, staff = :staff,
                            home_branch = :branch, updated_at = :at
                        WHERE NOT members.erased""")
                .bind("id", member.memberId())
                .bind("name", member.displayName())
                .bind("staff", member.staff())
                .bind("branch", member.homeBranch())
                .bind("at", at)
                .then();
    }

    /** An erased member's content stays, shown as a former member; the name is gone from this copy. */
    Mono<Void> erase(UUID id, Instant at) {
        return db.sql("""
                        INSERT INTO members (id, display_name, staff, erased, updated_at)
                        VALUES (:id, :name, false, true, :at)
                        ON CONFLICT (id) DO UPDATE SET display_name = :name, staff = false, home_branch = NULL,
                            erased = true, updated_at = :at""")
                .bind("id", id)
                .bind("name", MemberCard.FORMER_MEMBER)
                .bind("at", at)
                .then();
    }
}

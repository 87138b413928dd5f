package nl.starters.branch.members;

import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Reads this branch's copy of members.v1 (kept by service-defaults), so no read path calls member-service. */
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
}

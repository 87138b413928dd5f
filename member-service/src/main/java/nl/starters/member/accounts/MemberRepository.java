package nl.starters.member.accounts;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class MemberRepository {

    private final DatabaseClient db;

    MemberRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Void> insert(Member member) {
        var spec = db.sql("""
                        INSERT INTO members (id, username, email, password_hash, full_name, home_branch, visibility,
                                             pseudonym, listed, roles, created_at, updated_at)
                        VALUES (:id, :username, :email, :passwordHash, :fullName, :homeBranch, :visibility,
                                :pseudonym, :listed, :roles, :createdAt, :createdAt)""")
                .bind("id", member.id())
                .bind("username", member.username())
                .bind("email", member.email())
                .bind("passwordHash", member.passwordHash())
                .bind("fullName", member.fullName())
                .bind("homeBranch", member.homeBranch())
                .bind("visibility", member.visibility().name())
                .bind("listed", member.listed())
                .bind("roles", member.roles().toArray(String[]::new))
                .bind("createdAt", member.createdAt());
        spec = member.pseudonym() == null
                ? spec.bindNull("pseudonym", String.class)
                : spec.bind("pseudonym", member.pseudonym());
        return spec.then();
    }

    Mono<Member> findById(UUID id) {
        return db.sql("SELECT * FROM members WHERE id = :id")
                .bind("id", id)
                .map(MemberRepository::toMember)
                .one();
    }

    private static Member toMember(Readable row) {
        return new Member(
                row.get("id", UUID.class),
                row.get("username", String.class),
                row.get("email", String.class),
                row.get("password_hash", String.class),
                row.get("full_name", String.class),
                row.get("home_branch", String.class),
                Visibility.valueOf(row.get("visibility", String.class)),
                row.get("pseudonym", String.class),
                Boolean.TRUE.equals(row.get("listed", Boolean.class)),
                List.of(row.get("roles", String[].class)),
                row.get("created_at", Instant.class));
    }
}

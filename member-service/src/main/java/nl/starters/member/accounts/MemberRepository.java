package nl.starters.member.accounts;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class MemberRepository {

    private static final String COLUMNS = """
            username = :username, email = :email, password_hash = :passwordHash, full_name = :fullName,
            display_name = :displayName, home_branch = :homeBranch, visibility = :visibility, pseudonym = :pseudonym,
            listed = :listed, roles = :roles, sector = :sector, offers = :offers, looks_for = :looksFor,
            city = :city, bio = :bio""";

    private final DatabaseClient db;

    MemberRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Void> insert(Member member, Instant at) {
        return bind(db.sql("""
                        INSERT INTO members (id, username, email, password_hash, full_name, display_name, home_branch,
                                             visibility, pseudonym, listed, roles, sector, offers, looks_for, city,
                                             bio, created_at, updated_at)
                        VALUES (:id, :username, :email, :passwordHash, :fullName, :displayName, :homeBranch,
                                :visibility, :pseudonym, :listed, :roles, :sector, :offers, :looksFor, :city,
                                :bio, :createdAt, :updatedAt)"""), member)
                .bind("createdAt", member.createdAt())
                .bind("updatedAt", at)
                .then();
    }

    Mono<Void> update(Member member, Instant at) {
        return bind(db.sql("UPDATE members SET " + COLUMNS + ", updated_at = :updatedAt WHERE id = :id"), member)
                .bind("updatedAt", at)
                .then();
    }

    Mono<Member> findById(UUID id) {
        return db.sql("SELECT * FROM members WHERE id = :id")
                .bind("id", id)
                .map(MemberRepository::toMember)
                .one();
    }

    /** The member row locked for the rest of the transaction, so two changes never overwrite each other. */
    Mono<Member> lock(UUID id) {
        return db.sql("SELECT * FROM members WHERE id = :id FOR UPDATE")
                .bind("id", id)
                .map(MemberRepository::toMember)
                .one();
    }

    Mono<Member> findByUsername(String username) {
        return db.sql("SELECT * FROM members WHERE lower(username) = lower(:username)")
                .bind("username", username)
                .map(MemberRepository::toMember)
                .one();
    }

    Mono<Boolean> emailInUse(String email) {
        return db.sql("SELECT EXISTS (SELECT 1 FROM members WHERE lower(email) = lower(:email)) AS used")
                .bind("email", email)
                .map(row -> Boolean.TRUE.equals(row.get("used", Boolean.class)))
                .one();
    }

    /** Removes the row and leaves the tombstone: the id and the moment, nothing personal. */
    Mono<Void> replaceByTombstone(UUID id, Instant at) {
        return db.sql("DELETE FROM members WHERE id = :id")
                .bind("id", id)
                .then()
                .then(db.sql("INSERT INTO erased_members (id, erased_at) VALUES (:id, :at)")
                        .bind("id", id)
                        .bind("at", at)
                        .then());
    }

    Mono<Boolean> erased(UUID id) {
        return db.sql("SELECT EXISTS (SELECT 1 FROM erased_members WHERE id = :id) AS erased")
                .bind("id", id)
                .map(row -> Boolean.TRUE.equals(row.get("erased", Boolean.class)))
                .one();
    }

    private static GenericExecuteSpec bind(GenericExecuteSpec spec, Member member) {
        BusinessProfile profile = member.profile();
        spec = spec.bind("id", member.id())
                .bind("username", member.username())
                .bind("email", member.email())
                .bind("fullName", member.fullName())
                .bind("displayName", member.displayName())
                .bind("homeBranch", member.homeBranch())
                .bind("visibility", member.visibility().name())
                .bind("listed", member.listed())
                .bind("roles", member.roles().toArray(String[]::new));
        spec = nullable(spec, "passwordHash", member.passwordHash());
        spec = nullable(spec, "pseudonym", member.pseudonym());
        spec = nullable(spec, "sector", profile.sector());
        spec = nullable(spec, "offers", profile.offers());
        spec = nullable(spec, "looksFor", profile.looksFor());
        spec = nullable(spec, "city", profile.city());
        return nullable(spec, "bio", profile.bio());
    }

    static GenericExecuteSpec nullable(GenericExecuteSpec spec, String name, String value) {
        return value == null ? spec.bindNull(name, String.class) : spec.bind(name, value);
    }

    static Member toMember(Readable row) {
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
                new BusinessProfile(
                        row.get("sector", String.class),
                        row.get("offers", String.class),
                        row.get("looks_for", String.class),
                        row.get("city", String.class),
                        row.get("bio", String.class)),
                row.get("created_at", Instant.class));
    }
}

package nl.starters.member.tokens;

import java.time.Instant;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class RefreshTokenRepository {

    private final DatabaseClient db;

    RefreshTokenRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Void> insert(String hash, UUID family, UUID member, Instant issuedAt, Instant expiresAt) {
        return db.sql("""
                        INSERT INTO refresh_tokens (token_hash, family_id, member_id, issued_at, expires_at)
                        VALUES (:hash, :family, :member, :issuedAt, :expiresAt)""")
                .bind("hash", hash)
                .bind("family", family)
                .bind("member", member)
                .bind("issuedAt", issuedAt)
                .bind("expiresAt", expiresAt)
                .then();
    }

    /** Spends a live token (once: a second spend finds nothing); the family it belongs to. */
    Mono<Family> spend(String hash, Instant now) {
        return db.sql("""
                        UPDATE refresh_tokens SET spent_at = :now
                        WHERE token_hash = :hash AND spent_at IS NULL AND revoked_at IS NULL AND expires_at > :now
                        RETURNING family_id, member_id, expires_at""")
                .bind("hash", hash)
                .bind("now", now)
                .map(row -> new Family(
                        row.get("family_id", UUID.class),
                        row.get("member_id", UUID.class),
                        row.get("expires_at", Instant.class)))
                .one();
    }

    /** Revokes the family of a token that was already spent: somebody replays it. Emits whether it did. */
    Mono<Boolean> revokeFamilyOfSpent(String hash, Instant now) {
        return db.sql("""
                        UPDATE refresh_tokens SET revoked_at = :now
                        WHERE revoked_at IS NULL AND family_id IN (
                            SELECT family_id FROM refresh_tokens WHERE token_hash = :hash AND spent_at IS NOT NULL)""")
                .bind("hash", hash)
                .bind("now", now)
                .fetch()
                .rowsUpdated()
                .map(count -> count > 0);
    }

    Mono<Void> revokeFamilyOf(String hash, Instant now) {
        return db.sql("""
                        UPDATE refresh_tokens SET revoked_at = :now
                        WHERE revoked_at IS NULL AND family_id IN (
                            SELECT family_id FROM refresh_tokens WHERE token_hash = :hash)""").bind("hash", hash).bind("now", now).then();
    }

    Mono<Void> revokeAllOf(UUID member, Instant now) {
        return db.sql("UPDATE refresh_tokens SET revoked_at = :now WHERE member_id = :member AND revoked_at IS NULL")
                .bind("member", member)
                .bind("now", now)
                .then();
    }

    /** Deletes the tokens of families whose absolute end has passed (they can neither be spent nor replayed). */
    Mono<Long> deleteExpired(Instant now) {
        return db.sql("DELETE FROM refresh_tokens WHERE expires_at <= :now")
                .bind("now", now)
                .fetch()
                .rowsUpdated();
    }

    /** A login session's chain of refresh tokens, with the absolute end of the session. */
    record Family(UUID id, UUID memberId, Instant expiresAt) {}
}

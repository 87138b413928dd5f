package nl.starters.gateway.session;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.UUID;
import nl.starters.gateway.tokens.TokenPair;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The session store: table {@code browser_session} of the gateway's own database. */
@Repository
class SessionRepository {

    private static final String COLUMNS =
            "id_hash, member_id, access_token, access_expires_at, refresh_token, created_at, last_seen_at";

    private final DatabaseClient database;

    SessionRepository(DatabaseClient database) {
        this.database = database;
    }

    Mono<Void> insert(BrowserSession session) {
        return database.sql("INSERT INTO browser_session (" + COLUMNS + ")"
                        + " VALUES (:id, :member, :access, :accessExpires, :refresh, :created, :lastSeen)")
                .bind("id", session.idHash())
                .bind("member", session.memberId())
                .bind("access", session.accessToken())
                .bind("accessExpires", session.accessExpiresAt())
                .bind("refresh", session.refreshToken())
                .bind("created", session.createdAt())
                .bind("lastSeen", session.lastSeenAt())
                .then();
    }

    Mono<BrowserSession> find(String idHash) {
        return database.sql("SELECT " + COLUMNS + " FROM browser_session WHERE id_hash = :id")
                .bind("id", idHash)
                .map(SessionRepository::session)
                .one();
    }

    Mono<Void> touch(String idHash, Instant now) {
        return database.sql("UPDATE browser_session SET last_seen_at = :now WHERE id_hash = :id")
                .bind("id", idHash)
                .bind("now", now)
                .then();
    }

    /** Moves a session to a new id: the same tokens behind a fresh cookie. */
    Mono<Boolean> changeId(String idHash, String newIdHash) {
        return database.sql("UPDATE browser_session SET id_hash = :newId WHERE id_hash = :id")
                .bind("id", idHash)
                .bind("newId", newIdHash)
                .fetch()
                .rowsUpdated()
                .map(rows -> rows == 1);
    }

    /**
     * Takes the right to renew: only while the session still holds this refresh token and nobody
     * else (another request, another replica) holds the right.
     */
    Mono<Boolean> claimRenewal(String idHash, String refreshToken, Instant now, Instant until) {
        return database.sql("UPDATE browser_session SET renewing_until = :until WHERE id_hash = :id"
                        + " AND refresh_token = :refresh AND (renewing_until IS NULL OR renewing_until < :now)")
                .bind("id", idHash)
                .bind("refresh", refreshToken)
                .bind("now", now)
                .bind("until", until)
                .fetch()
                .rowsUpdated()
                .map(rows -> rows == 1);
    }

    Mono<BrowserSession> storeRenewal(BrowserSession session, TokenPair tokens, Instant now) {
        var renewed = new BrowserSession(
                session.idHash(),
                session.memberId(),
                tokens.accessToken(),
                now.plusSeconds(tokens.expiresIn()),
                tokens.refreshToken(),
                session.createdAt(),
                session.lastSeenAt());
        return database.sql("UPDATE browser_session SET access_token = :access, access_expires_at = :accessExpires,"
                        + " refresh_token = :refresh, renewing_until = NULL WHERE id_hash = :id")
                .bind("id", renewed.idHash())
                .bind("access", renewed.accessToken())
                .bind("accessExpires", renewed.accessExpiresAt())
                .bind("refresh", renewed.refreshToken())
                .then()
                .thenReturn(renewed);
    }

    Mono<Void> releaseClaim(String idHash) {
        return database.sql("UPDATE browser_session SET renewing_until = NULL WHERE id_hash = :id")
                .bind("id", idHash)
                .then();
    }

    /** Deletes the session; answers its refresh token, to be revoked. */
    Mono<String> delete(String idHash) {
        return database.sql("DELETE FROM browser_session WHERE id_hash = :id RETURNING refresh_token")
                .bind("id", idHash)
                .map(row -> row.get("refresh_token", String.class))
                .one();
    }

    Mono<Long> deleteAllOf(UUID memberId) {
        return database.sql("DELETE FROM browser_session WHERE member_id = :member")
                .bind("member", memberId)
                .fetch()
                .rowsUpdated();
    }

    /** Deletes sessions idle since {@code idleBefore} or started before {@code startedBefore}. */
    Flux<String> deleteOver(Instant idleBefore, Instant startedBefore) {
        return database.sql("DELETE FROM browser_session WHERE last_seen_at <= :idle OR created_at <= :started"
                        + " RETURNING refresh_token")
                .bind("idle", idleBefore)
                .bind("started", startedBefore)
                .map(row -> row.get("refresh_token", String.class))
                .all();
    }

    private static BrowserSession session(Readable row) {
        return new BrowserSession(
                row.get("id_hash", String.class),
                row.get("member_id", UUID.class),
                row.get("access_token", String.class),
                row.get("access_expires_at", Instant.class),
                row.get("refresh_token", String.class),
                row.get("created_at", Instant.class),
                row.get("last_seen_at", Instant.class));
    }
}

package nl.starters.member.tokens;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import nl.starters.servicedefaults.ids.Ids;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Opaque refresh tokens (256 random bits) of which only a SHA-256 is stored. Each use spends the token and
 * hands out the next of its family; showing a spent token again revokes the family, as only a thief or a
 * confused client would; logout, a role change and an erasure revoke them too.
 */
@Service
public class RefreshTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final RefreshTokenRepository tokens;
    private final TokenProperties lifetimes;
    private final TransactionalOperator transaction;
    private final Clock clock;

    RefreshTokens(
            RefreshTokenRepository tokens, TokenProperties lifetimes, TransactionalOperator transaction, Clock clock) {
        this.tokens = tokens;
        this.lifetimes = lifetimes;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The first token of a new login, valid for the whole session lifetime at most. */
    Mono<Issued> startFamily(UUID memberId) {
        Instant now = clock.instant();
        return issue(Ids.newId(), memberId, now, now.plus(lifetimes.refreshTokenTtl()));
    }

    /** Spends the token and issues the next one of its family; 401 when it is not a live token. */
    Mono<Issued> rotate(String token) {
        String hash = hash(token);
        Instant now = clock.instant();
        Mono<Issued> next = tokens.spend(hash, now)
                .flatMap(family -> issue(family.id(), family.memberId(), now, family.expiresAt()))
                .as(transaction::transactional);
        return next.switchIfEmpty(Mono.defer(() ->
                tokens.revokeFamilyOfSpent(hash, now).flatMap(reused -> Mono.error(new InvalidRefreshToken(reused)))));
    }

    /** Ends the login session the token belongs to; an unknown token is already ended. */
    Mono<Void> revokeFamilyOf(String token) {
        return tokens.revokeFamilyOf(hash(token), clock.instant());
    }

    /** Signs the member out everywhere (their access tokens run out within their short lifetime). */
    public Mono<Void> revokeAllOf(UUID memberId) {
        return tokens.revokeAllOf(memberId, clock.instant());
    }

    private Mono<Issued> issue(UUID family, UUID memberId, Instant now, Instant expiresAt) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return tokens.insert(hash(token), family, memberId, now, expiresAt)
                .thenReturn(new Issued(token, memberId, expiresAt));
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** A refresh token handed to the client (the only time it exists in clear) and its session's end. */
    record Issued(String token, UUID memberId, Instant expiresAt) {}
}

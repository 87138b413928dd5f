package nl.starters.gateway.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import nl.starters.gateway.tokens.MemberServiceClient;
import nl.starters.gateway.tokens.TokenPair;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Browser sessions: started with a member's tokens under a new id (any previous session of that
 * browser ends, so a planted id is worthless), resolved on every request (idle and absolute limits,
 * token renewal), ended on logout.
 */
@Service
public class Sessions {

    private static final Log log = LogFactory.getLog(Sessions.class);
    /** last_seen_at is written at most this often per session, not on every request. */
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private final SessionRepository repository;
    private final TokenRenewal renewal;
    private final MemberServiceClient members;
    private final ReactiveJwtDecoder decoder;
    private final SessionProperties properties;
    private final Clock clock;

    Sessions(
            SessionRepository repository,
            TokenRenewal renewal,
            MemberServiceClient members,
            ReactiveJwtDecoder decoder,
            SessionProperties properties,
            Clock clock) {
        this.repository = repository;
        this.renewal = renewal;
        this.members = members;
        this.decoder = decoder;
        this.properties = properties;
        this.clock = clock;
    }

    public Mono<StartedSession> start(TokenPair tokens, Optional<String> previousId) {
        return decoder.decode(tokens.accessToken())
                .flatMap(jwt -> {
                    String id = SessionIds.newId();
                    Instant now = clock.instant();
                    var session = new BrowserSession(
                            SessionIds.hash(id),
                            UUID.fromString(jwt.getSubject()),
                            tokens.accessToken(),
                            now.plusSeconds(tokens.expiresIn()),
                            tokens.refreshToken(),
                            now,
                            now);
                    return previousId
                            .map(this::end)
                            .orElse(Mono.empty())
                            .then(repository.insert(session))
                            .thenReturn(new StartedSession(id, jwt));
                })
                .onErrorMap(DataAccessException.class, SessionStoreUnavailable::new);
    }

    /** The live session behind this cookie value, its access token fresh; empty when there is none. */
    public Mono<BrowserSession> resolve(String id) {
        if (!SessionIds.isWellFormed(id)) {
            return Mono.empty();
        }
        return repository
                .find(SessionIds.hash(id))
                .flatMap(session -> {
                    Instant now = clock.instant();
                    if (session.isOver(now, properties)) {
                        return discard(session.idHash()).then(Mono.empty());
                    }
                    return touch(session, now).then(renewal.renewIfDue(session));
                })
                .onErrorMap(DataAccessException.class, SessionStoreUnavailable::new);
    }

    /** The same session under a new id (its privileges changed); answers the new cookie value. */
    public Mono<String> rotate(BrowserSession session) {
        String id = SessionIds.newId();
        return repository
                .changeId(session.idHash(), SessionIds.hash(id))
                .filter(moved -> moved)
                .map(moved -> id)
                .onErrorMap(DataAccessException.class, SessionStoreUnavailable::new);
    }

    /** Ends the session behind this cookie value and revokes its refresh token; nothing if unknown. */
    public Mono<Void> end(String id) {
        return SessionIds.isWellFormed(id)
                ? discard(SessionIds.hash(id)).onErrorMap(DataAccessException.class, SessionStoreUnavailable::new)
                : Mono.empty();
    }

    /** Ends every session of a member (their account is gone). */
    public Mono<Void> endAllOf(UUID memberId) {
        return repository
                .deleteAllOf(memberId)
                .then()
                .onErrorMap(DataAccessException.class, SessionStoreUnavailable::new);
    }

    private Mono<Void> touch(BrowserSession session, Instant now) {
        return session.lastSeenAt().plus(TOUCH_INTERVAL).isAfter(now)
                ? Mono.empty()
                : repository.touch(session.idHash(), now);
    }

    private Mono<Void> discard(String idHash) {
        return repository.delete(idHash).flatMap(this::revoke);
    }

    Mono<Void> revoke(String refreshToken) {
        return members.logout(refreshToken).onErrorResume(error -> {
            log.debug("Could not revoke a refresh token of an ended session: " + error);
            return Mono.empty();
        });
    }
}

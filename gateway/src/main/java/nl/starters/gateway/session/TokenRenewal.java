package nl.starters.gateway.session;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import nl.starters.gateway.tokens.MemberServiceClient;
import nl.starters.gateway.tokens.MemberServiceRefused;
import nl.starters.gateway.tokens.MemberServiceUnavailable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Renews a session's access token shortly before it expires. A refresh token is spent by its use and
 * member-service treats a second use as theft (it revokes the whole family), so exactly one renewal
 * may run per session: parallel requests on this instance share one renewal, and a claim in the
 * session row keeps other replicas out; whoever loses the claim waits for the new token.
 */
@Component
class TokenRenewal {

    private static final Duration CLAIM = Duration.ofSeconds(15);
    private static final Duration WAIT_STEP = Duration.ofMillis(100);
    private static final int WAIT_ROUNDS = 50;

    private final SessionRepository repository;
    private final MemberServiceClient members;
    private final SessionProperties properties;
    private final Clock clock;
    private final Map<String, Mono<BrowserSession>> running = new ConcurrentHashMap<>();

    TokenRenewal(SessionRepository repository, MemberServiceClient members, SessionProperties properties, Clock clock) {
        this.repository = repository;
        this.members = members;
        this.properties = properties;
        this.clock = clock;
    }

    /** The session with a fresh access token, or empty when member-service ended it (revoked, expired). */
    Mono<BrowserSession> renewIfDue(BrowserSession session) {
        if (!session.renewalDue(clock.instant(), properties.renewAhead())) {
            return Mono.just(session);
        }
        return Mono.defer(() -> {
            var own = new AtomicReference<Mono<BrowserSession>>();
            own.set(renew(session)
                    .doFinally(signal -> running.remove(session.idHash(), own.get()))
                    .cache());
            Mono<BrowserSession> other = running.putIfAbsent(session.idHash(), own.get());
            return other != null ? other : own.get();
        });
    }

    private Mono<BrowserSession> renew(BrowserSession session) {
        var now = clock.instant();
        return repository
                .claimRenewal(session.idHash(), session.refreshToken(), now, now.plus(CLAIM))
                .flatMap(claimed -> claimed ? refresh(session) : renewedElsewhere(session));
    }

    private Mono<BrowserSession> refresh(BrowserSession session) {
        return members.refresh(session.refreshToken())
                .flatMap(tokens -> repository.storeRenewal(session, tokens, clock.instant()))
                .onErrorResume(
                        MemberServiceRefused.class,
                        refused -> repository.delete(session.idHash()).then(Mono.empty()))
                .onErrorResume(
                        MemberServiceUnavailable.class,
                        down -> repository.releaseClaim(session.idHash()).then(stillUsable(session, down)));
    }

    /** Someone else holds the claim: wait until the session row carries their new refresh token. */
    private Mono<BrowserSession> renewedElsewhere(BrowserSession session) {
        return Mono.defer(() ->
                        repository.find(session.idHash()).map(Optional::of).defaultIfEmpty(Optional.empty()))
                .filter(found -> found.isEmpty() || !found.get().refreshToken().equals(session.refreshToken()))
                .repeatWhenEmpty(rounds -> rounds.take(WAIT_ROUNDS).delayElements(WAIT_STEP))
                .switchIfEmpty(Mono.defer(() -> stillUsable(session, null).map(Optional::of)))
                .flatMap(Mono::justOrEmpty);
    }

    /** Without a new token the old one still serves until it expires. */
    private Mono<BrowserSession> stillUsable(BrowserSession session, MemberServiceUnavailable cause) {
        if (!session.accessTokenExpired(clock.instant())) {
            return Mono.just(session);
        }
        return Mono.error(cause != null ? cause : new MemberServiceUnavailable(null));
    }
}

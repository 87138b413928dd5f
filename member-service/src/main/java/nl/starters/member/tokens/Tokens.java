package nl.starters.member.tokens;

import java.time.Clock;
import java.time.Duration;
import nl.starters.member.accounts.Accounts;
import nl.starters.member.accounts.Member;
import nl.starters.member.accounts.MemberNotFound;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Sign-in sessions: a token pair per login, a fresh pair per refresh, the end of the session at logout. */
@Service
public class Tokens {

    private final AccessTokens accessTokens;
    private final RefreshTokens refreshTokens;
    private final Accounts accounts;
    private final Clock clock;

    Tokens(AccessTokens accessTokens, RefreshTokens refreshTokens, Accounts accounts, Clock clock) {
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** A new login session for the member (password or bank login checked by the caller). */
    public Mono<TokenPair> issueFor(Member member) {
        return refreshTokens.startFamily(member.id()).map(refresh -> pair(member, refresh));
    }

    /** The next pair of the session, with the member's current roles and name. */
    Mono<TokenPair> refresh(String refreshToken) {
        return refreshTokens
                .rotate(refreshToken)
                .flatMap(refresh -> accounts.find(refresh.memberId())
                        .onErrorMap(MemberNotFound.class, gone -> new InvalidRefreshToken(false))
                        .map(member -> pair(member, refresh)));
    }

    Mono<Void> logout(String refreshToken) {
        return refreshTokens.revokeFamilyOf(refreshToken);
    }

    private TokenPair pair(Member member, RefreshTokens.Issued refresh) {
        long sessionLeft = Math.max(
                0, Duration.between(clock.instant(), refresh.expiresAt()).toSeconds());
        return new TokenPair(
                accessTokens.mint(member), "Bearer", accessTokens.lifetimeSeconds(), refresh.token(), sessionLeft);
    }
}

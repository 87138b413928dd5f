package nl.starters.gateway.tokens;

import nl.starters.gateway.ratelimit.ClientAddress;
import nl.starters.gateway.ratelimit.FailedLogins;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A login with username and password, for a browser session and for an API client alike: refused
 * with a 429 once the username or the address failed too often, counted when it fails.
 */
@Component
public class PasswordLogin {

    private final MemberServiceClient members;
    private final FailedLogins failedLogins;

    PasswordLogin(MemberServiceClient members, FailedLogins failedLogins) {
        this.members = members;
        this.failedLogins = failedLogins;
    }

    public Mono<TokenPair> logIn(Credentials credentials, ServerHttpRequest request) {
        String address = ClientAddress.of(request);
        return failedLogins
                .check(credentials.username(), address)
                .then(members.token(credentials))
                .onErrorResume(
                        MemberServiceRefused.class,
                        refused -> refused.getStatusCode().value() == HttpStatus.UNAUTHORIZED.value()
                                ? failedLogins
                                        .recordFailure(credentials.username(), address)
                                        .then(Mono.error(new WrongCredentials()))
                                : Mono.error(refused));
    }
}

package nl.starters.servicedefaults.security;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import io.netty.channel.ChannelOption;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

/**
 * member-service's published keys as this service last fetched them: fetched again once they are
 * {@code maxAge} old (so a key withdrawn from the JWKS stops being trusted without a restart) and at
 * once for a key id they lack (a rotation) — but at most once per {@code cooldown}, so tokens with
 * made-up key ids cannot turn every request into a call to member-service. One fetch at a time.
 */
final class RemoteJwkSet implements Function<SignedJWT, Flux<JWK>> {

    static final Duration MAX_AGE = Duration.ofMinutes(5);
    static final Duration COOLDOWN = Duration.ofSeconds(10);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final Log log = LogFactory.getLog(RemoteJwkSet.class);

    private final WebClient web;
    private final URI uri;
    private final Duration maxAge;
    private final Duration cooldown;
    private final Clock clock;
    private final AtomicReference<Fetched> keys = new AtomicReference<>();
    private final AtomicReference<Mono<Fetched>> fetching = new AtomicReference<>();
    private volatile Instant lastAttempt;

    /** The keys at this URI, fetched with short timeouts: a hanging member-service must not hang requests. */
    static RemoteJwkSet of(URI uri, Clock clock) {
        HttpClient http = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 2_000)
                .responseTimeout(Duration.ofSeconds(3));
        WebClient web = WebClient.builder()
                .clientConnector(new ReactorClientHttpConnector(http))
                .build();
        return new RemoteJwkSet(web, uri, MAX_AGE, COOLDOWN, clock);
    }

    RemoteJwkSet(WebClient web, URI uri, Duration maxAge, Duration cooldown, Clock clock) {
        this.web = web;
        this.uri = uri;
        this.maxAge = maxAge;
        this.cooldown = cooldown;
        this.clock = clock;
    }

    @Override
    public Flux<JWK> apply(SignedJWT token) {
        String keyId = token.getHeader().getKeyID();
        return current()
                .flatMap(known -> known.has(keyId) || !mayFetch() ? Mono.just(known) : fetch().onErrorReturn(known))
                .flatMapIterable(known -> known.matching(keyId));
    }

    private Mono<Fetched> current() {
        Fetched known = keys.get();
        if (known == null) {
            return fetch();
        }
        if (known.at().plus(maxAge).isBefore(clock.instant()) && mayFetch()) {
            return fetch().onErrorReturn(known); // member-service away: the keys we have are still the best
        }
        return Mono.just(known);
    }

    private boolean mayFetch() {
        Instant last = lastAttempt;
        return last == null || !last.plus(cooldown).isAfter(clock.instant());
    }

    private Mono<Fetched> fetch() {
        return Mono.defer(() -> {
            var self = new AtomicReference<Mono<Fetched>>();
            Runnable done = () -> fetching.compareAndSet(self.get(), null);
            Mono<Fetched> attempt = web.get()
                    .uri(uri)
                    .retrieve()
                    .bodyToMono(String.class)
                    .timeout(TIMEOUT)
                    .map(this::parse)
                    .doOnNext(fetched -> {
                        keys.set(fetched);
                        done.run(); // before anybody sees the keys: a later fetch is a new one
                    })
                    .doOnError(error -> log.warn("Could not fetch the signing keys from " + uri + ": " + error))
                    .doFinally(signal -> done.run())
                    .cache();
            self.set(attempt);
            Mono<Fetched> running = fetching.compareAndExchange(null, attempt);
            if (running != null) {
                return running;
            }
            lastAttempt = clock.instant();
            return attempt;
        });
    }

    private Fetched parse(String body) {
        try {
            return new Fetched(JWKSet.parse(body), clock.instant());
        } catch (ParseException e) {
            throw new IllegalStateException("The JWKS at " + uri + " is not valid: " + e.getMessage(), e);
        }
    }

    private record Fetched(JWKSet set, Instant at) {

        boolean has(String keyId) {
            return keyId == null || set.getKeyByKeyId(keyId) != null;
        }

        List<JWK> matching(String keyId) {
            return keyId == null
                    ? set.getKeys()
                    : set.getKeys().stream()
                            .filter(key -> keyId.equals(key.getKeyID()))
                            .toList();
        }
    }
}

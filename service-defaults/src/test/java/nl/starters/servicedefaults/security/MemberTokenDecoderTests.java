package nl.starters.servicedefaults.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/** The shared decoder against a JWKS that changes under it: rotation, withdrawal, outages, made-up key ids. */
class MemberTokenDecoderTests {

    static final Duration MAX_AGE = Duration.ofMinutes(5);
    static final Duration COOLDOWN = Duration.ofSeconds(10);
    static final SecurityProperties PROPERTIES =
            new SecurityProperties(URI.create("http://unused"), "https://starters.community", "starters-community");

    static final RSAKey first = key("key-1");
    static final RSAKey second = key("key-2");
    static final RSAKey stranger = key("made-up");
    final AtomicReference<JWKSet> published = new AtomicReference<>(new JWKSet(first.toPublicJWK()));
    final AtomicBoolean answering = new AtomicBoolean(true);
    final AtomicInteger fetches = new AtomicInteger();
    final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-01T09:00:00Z"));

    DisposableServer jwks;
    ReactiveJwtDecoder decoder;

    @BeforeEach
    void serveTheKeys() {
        jwks = HttpServer.create()
                .host("127.0.0.1")
                .port(0)
                .route(routes -> routes.get("/jwks.json", (request, response) -> {
                    fetches.incrementAndGet();
                    return answering.get()
                            ? response.header("Content-Type", "application/json")
                                    .sendString(Mono.just(published.get().toString())
                                            .delayElement(Duration.ofMillis(100)))
                            : response.status(503).send();
                }))
                .bindNow();
        URI uri = URI.create("http://127.0.0.1:" + jwks.port() + "/jwks.json");
        var keys = new RemoteJwkSet(WebClient.create(), uri, MAX_AGE, COOLDOWN, clock());
        decoder = ResourceServerConfiguration.decoder(keys, PROPERTIES);
    }

    @AfterEach
    void stop() {
        jwks.disposeNow();
    }

    @Test
    void picksUpARotatedKeyWithoutARestart() {
        assertThat(decode(tokenSignedBy(first)).getSubject()).isNotBlank();

        published.set(new JWKSet(List.of(second.toPublicJWK(), first.toPublicJWK())));
        later(COOLDOWN);

        assertThat(decode(tokenSignedBy(second)).getSubject()).isNotBlank();
        assertThat(decode(tokenSignedBy(first)).getSubject()).isNotBlank();
        assertThat(fetches).hasValue(2);
    }

    @Test
    void madeUpKeyIdsFetchTheKeysAtMostOncePerCooldown() {
        decode(tokenSignedBy(first));

        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> decode(tokenSignedBy(stranger))).isInstanceOf(BadJwtException.class);
        }
        assertThat(fetches).hasValue(1);

        later(COOLDOWN);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> decode(tokenSignedBy(stranger))).isInstanceOf(BadJwtException.class);
        }
        assertThat(fetches).hasValue(2);
    }

    @Test
    void stopsTrustingAKeyWithdrawnFromTheSetOnceTheKeysAreStale() {
        String token = tokenSignedBy(first);
        decode(token);
        published.set(new JWKSet(second.toPublicJWK()));

        later(MAX_AGE.plusSeconds(1));

        assertThatThrownBy(() -> decode(token)).isInstanceOf(BadJwtException.class);
        assertThat(fetches).hasValue(2);
    }

    @Test
    void keepsTheKeysItHasWhileMemberServiceIsAway() {
        decode(tokenSignedBy(first));
        answering.set(false);

        later(MAX_AGE.plusSeconds(1));

        assertThat(decode(tokenSignedBy(first)).getSubject()).isNotBlank();
        assertThat(fetches).hasValue(2);
    }

    @Test
    void keysItNeverHadAreAServiceProblemNotABadToken() {
        answering.set(false);

        assertThatThrownBy(() -> decode(tokenSignedBy(first)))
                .isInstanceOf(JwtException.class)
                .isNotInstanceOf(BadJwtException.class);
    }

    @Test
    void requestsArrivingTogetherShareOneFetch() {
        List<String> tokens =
                Flux.range(0, 20).map(i -> tokenSignedBy(first)).collectList().block();

        List<String> subjects = Flux.fromIterable(tokens)
                .flatMap(token -> decoder.decode(token))
                .map(jwt -> jwt.getSubject())
                .collectList()
                .block(Duration.ofSeconds(10));

        assertThat(subjects).hasSize(20);
        assertThat(fetches).hasValue(1);
    }

    private Jwt decode(String token) {
        return decoder.decode(token).block(Duration.ofSeconds(10));
    }

    private void later(Duration duration) {
        now.updateAndGet(instant -> instant.plus(duration));
    }

    /** Tokens are checked against the real time; only the key cache runs on the test's clock. */
    private String tokenSignedBy(RSAKey key) {
        Instant issued = Instant.now();
        var claims = JwtClaimsSet.builder()
                .issuer(PROPERTIES.issuer())
                .audience(List.of(PROPERTIES.audience()))
                .subject(UUID.randomUUID().toString())
                .issuedAt(issued)
                .expiresAt(issued.plus(Duration.ofMinutes(15)))
                .build();
        var header =
                JwsHeader.with(SignatureAlgorithm.RS256).keyId(key.getKeyID()).build();
        return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)))
                .encode(JwtEncoderParameters.from(header, claims))
                .getTokenValue();
    }

    private Clock clock() {
        return new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
    }

    private static RSAKey key(String id) {
        try {
            return new RSAKeyGenerator(2048).keyID(id).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}

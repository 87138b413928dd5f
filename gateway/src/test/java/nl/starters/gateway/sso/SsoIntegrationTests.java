package nl.starters.gateway.sso;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.starters.gateway.testing.GatewayTestBase;
import nl.starters.servicedefaults.security.Roles;
import nl.starters.servicedefaults.testing.security.TestMember;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Single sign-on against a real OpenID Connect server on loopback (mock-oauth2-server, issuer "bank"):
 * the authorization-code flow driven over HTTP as a browser would, with member-service's stub
 * accepting only ID tokens that verify against the bank's published keys.
 */
@TestPropertySource(
        properties = {
            "spring.security.oauth2.client.registration.bank.client-id=" + SsoIntegrationTests.CLIENT_ID,
            "spring.security.oauth2.client.registration.bank.client-secret=bank-secret",
            "spring.security.oauth2.client.registration.bank.scope=openid,profile,email",
            "spring.security.oauth2.client.registration.bank.provider=bank"
        })
class SsoIntegrationTests extends GatewayTestBase {

    static final String CLIENT_ID = "starters-gateway";
    static final MockOAuth2Server bank = started();

    private final HttpClient browser =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, TestMember> membersBySubject = new ConcurrentHashMap<>();
    private final List<Jwt> genuineIdTokens = new CopyOnWriteArrayList<>();

    @DynamicPropertySource
    static void bankIssuer(DynamicPropertyRegistry registry) {
        registry.add(
                "spring.security.oauth2.client.provider.bank.issuer-uri",
                () -> bank.issuerUrl("bank").toString());
    }

    @BeforeEach
    void memberServiceTrustsTheBank() {
        NimbusJwtDecoder decoder =
                NimbusJwtDecoder.withJwkSetUri(bank.jwksUrl("bank").toString()).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(bank.issuerUrl("bank").toString()),
                new JwtClaimValidator<List<String>>("aud", audience -> audience.contains(CLIENT_ID))));
        memberService.federation(idToken -> {
            Jwt verified = decoder.decode(idToken);
            genuineIdTokens.add(verified);
            return membersBySubject.computeIfAbsent(
                    verified.getSubject(),
                    subject -> new TestMember(
                            UUID.randomUUID(), verified.getClaimAsString("name"), "utrecht", List.of(Roles.MEMBER)));
        });
        memberService.linkable(idToken -> genuineIdTokens.add(decoder.decode(idToken)));
    }

    @AfterEach
    void memberServiceTrustsNobody() {
        memberService.federation(idToken -> null);
        memberService.linkable(idToken -> false);
    }

    @Test
    void aFirstBankLoginStartsASessionForTheMemberLinkedToIt() {
        String subject = bankUser("Bea Bank");

        var landing = signInAtTheBank(Optional.empty());

        assertThat(landing.statusCode()).isEqualTo(302);
        assertThat(landing.headers().firstValue("Location")).hasValue("/");
        String session = cookie(landing, "SESSION").orElseThrow().getValue();
        assertThat(genuineIdTokens).singleElement().satisfies(idToken -> {
            assertThat(idToken.getSubject()).isEqualTo(subject);
            assertThat(idToken.getClaimAsString("name")).isEqualTo("Bea Bank");
        });
        TestMember member = membersBySubject.get(subject);
        assertThat(new String(me(session).getResponseBody()))
                .contains(member.id().toString())
                .contains("Bea Bank");
    }

    @Test
    void aSignedInBrowserLinksTheBankLoginToItsMemberUnderANewSessionId() {
        String username = memberService.newAccount("linker");
        String before = logIn(username);
        bankUser("Linda Link");

        var landing = signInAtTheBank(Optional.of(before));

        assertThat(landing.headers().firstValue("Location")).hasValue("/");
        String after = cookie(landing, "SESSION").orElseThrow().getValue();
        assertThat(after).isNotEqualTo(before);
        TestMember member = memberService.account(username);
        assertThat(memberService.linked())
                .anySatisfy(link -> assertThat(link)
                        .startsWith("Bearer " + memberService.lastAccessTokenOf(member) + " ")
                        .endsWith(genuineIdTokens.get(0).getTokenValue()));
        assertThat(genuineIdTokens)
                .as("no federated login: the bank login was linked")
                .hasSize(1);
        assertThat(me(after).getStatus().value()).isEqualTo(200);
        assertThat(new String(me(after).getResponseBody())).contains(member.id().toString());
        assertThat(me(before).getStatus().value()).isEqualTo(401);
    }

    @Test
    void aBankLoginMemberServiceRefusesLandsOnAnErrorWithoutSession() {
        memberService.federation(idToken -> null);
        bankUser("Nora Nobody");

        var landing = signInAtTheBank(Optional.empty());

        assertThat(landing.headers().firstValue("Location")).hasValue("/?sso-error=refused");
        assertThat(cookie(landing, "SESSION")).isEmpty();
    }

    @Test
    void aLoginFinishedInAnotherBrowserThanTheOneThatStartedItIsRefused() {
        bankUser("Mallory");
        var start = get(URI.create("http://127.0.0.1:" + port + "/oauth2/authorization/bank"), List.of());
        var atBank = get(URI.create(start.headers().firstValue("Location").orElseThrow()), List.of());

        var landing =
                get(URI.create(atBank.headers().firstValue("Location").orElseThrow()), List.of() /* no SSO_LOGIN */);

        assertThat(landing.headers().firstValue("Location")).hasValue("/?sso-error=provider");
        assertThat(cookie(landing, "SESSION")).isEmpty();
        assertThat(genuineIdTokens).isEmpty();
    }

    /** The next login at the bank is this person; answers their subject. */
    private static String bankUser(String name) {
        String subject = UUID.randomUUID().toString();
        bank.enqueueCallback(new DefaultOAuth2TokenCallback(
                "bank",
                subject,
                JOSEObjectType.JWT.getType(),
                null,
                Map.of("name", name, "email", subject + "@bank.example", "branch", "utrecht"),
                3600));
        return subject;
    }

    /** Gateway → bank → gateway, carrying cookies as a browser would; answers the gateway's last response. */
    private HttpResponse<String> signInAtTheBank(Optional<String> session) {
        List<String> cookies = new ArrayList<>();
        session.ifPresent(id -> cookies.add("SESSION=" + id));
        var start = get(URI.create("http://127.0.0.1:" + port + "/oauth2/authorization/bank"), cookies);
        assertThat(start.statusCode()).isEqualTo(302);
        cookie(start, "SSO_LOGIN").ifPresent(login -> cookies.add("SSO_LOGIN=" + login.getValue()));
        var atBank = get(URI.create(start.headers().firstValue("Location").orElseThrow()), List.of());
        assertThat(atBank.statusCode()).isEqualTo(302);
        URI callback = URI.create(atBank.headers().firstValue("Location").orElseThrow());
        assertThat(callback.getPath()).isEqualTo("/login/oauth2/code/bank");
        return get(callback, cookies);
    }

    private HttpResponse<String> get(URI uri, List<String> cookies) {
        var request = HttpRequest.newBuilder(uri);
        if (!cookies.isEmpty()) {
            request.header("Cookie", String.join("; ", cookies));
        }
        try {
            return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Optional<HttpCookie> cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream()
                .map(header -> java.net.HttpCookie.parse(header).get(0))
                .filter(cookie ->
                        cookie.getName().equals(name) && !cookie.getValue().isEmpty())
                .map(cookie -> (HttpCookie)
                        ResponseCookie.from(name, cookie.getValue()).build())
                .findFirst();
    }

    private static MockOAuth2Server started() {
        var server = new MockOAuth2Server();
        try {
            server.start(InetAddress.getByName("127.0.0.1"), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
        return server;
    }
}

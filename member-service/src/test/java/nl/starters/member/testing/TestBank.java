package nl.starters.member.testing;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;

/**
 * A bank's own login for the single sign-on tests: a real OpenID Connect provider (mock-oauth2-server) on
 * loopback, started once per JVM. Issuer {@value #BANK} is trusted through its discovery document, issuer
 * {@value #OTHER_BANK} through an explicit JWKS URI and a {@code home_branch} claim; any other issuer id
 * of the same server is a provider nobody trusts.
 */
public final class TestBank {

    public static final String BANK = "bank";
    public static final String OTHER_BANK = "otherbank";
    public static final String CLIENT_ID = "starters-community-client";

    private static MockOAuth2Server server;

    private TestBank() {}

    public static synchronized MockOAuth2Server server() {
        if (server == null) {
            server = new MockOAuth2Server();
            try {
                server.start(InetAddress.getByName("127.0.0.1"), 0);
            } catch (UnknownHostException e) {
                throw new IllegalStateException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
        }
        return server;
    }

    public static String issuer(String issuerId) {
        return server().issuerUrl(issuerId).toString();
    }

    /** An ID token of this issuer for this subject and client, with the given claims (name, email, branch...). */
    public static String idToken(String issuerId, String subject, String audience, Map<String, Object> claims) {
        return server().issueToken(issuerId, subject, audience, claims).serialize();
    }

    static Map<String, Object> properties() {
        return Map.of(
                "community.identity.federation.providers[0].issuer",
                issuer(BANK),
                "community.identity.federation.providers[0].audience",
                CLIENT_ID,
                "community.identity.federation.providers[1].issuer",
                issuer(OTHER_BANK),
                "community.identity.federation.providers[1].audience",
                CLIENT_ID,
                "community.identity.federation.providers[1].jwk-set-uri",
                server().jwksUrl(OTHER_BANK).toString(),
                "community.identity.federation.providers[1].branch-claim",
                "home_branch");
    }
}

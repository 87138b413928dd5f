package nl.starters.member.federation;

import java.net.URI;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The banks' OpenID Connect providers whose ID tokens sign a member in (none: no single sign-on). */
@ConfigurationProperties("community.identity.federation")
record FederationProperties(@DefaultValue List<Provider> providers) {

    /**
     * @param issuer the provider's {@code iss}, exactly
     * @param audience our client id at the provider (the ID token's {@code aud})
     * @param jwkSetUri where its keys are; when absent, found through the issuer's discovery document
     * @param branchClaim the claim naming the member's home branch
     */
    record Provider(
            String issuer,
            String audience,
            URI jwkSetUri,
            @DefaultValue("branch") String branchClaim) {

        Provider {
            if (issuer == null || issuer.isBlank() || audience == null || audience.isBlank()) {
                throw new IllegalArgumentException(
                        "community.identity.federation.providers: each provider needs an issuer and an audience");
            }
        }
    }
}

package nl.starters.member.keys;

import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import nl.starters.servicedefaults.security.ResourceServerConfiguration;
import nl.starters.servicedefaults.security.SecurityProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Flux;

/**
 * Loads the signing keys at start (no key: no start) and makes member-service a resource server over its
 * own public keys, with the same checks as every other service but without fetching its own JWKS.
 */
@Configuration(proxyBeanMethods = false)
class KeyConfiguration {

    @Bean
    SigningKeys signingKeys(KeyProperties properties, ResourceLoader resources) {
        return new SigningKeyLoader(resources).load(properties.keys());
    }

    @Bean
    ReactiveJwtDecoder jwtDecoder(SigningKeys keys, SecurityProperties security) {
        JWKSet published = keys.publicKeys();
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSource(jwt ->
                        Flux.fromIterable(new JWKSelector(JWKMatcher.forJWSHeader(jwt.getHeader())).select(published)))
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setJwtValidator(ResourceServerConfiguration.tokenValidator(security));
        return decoder;
    }
}

package nl.starters.gateway.sso;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The bank's tokens are not kept: the ID token is handed to member-service once and the member's own
 * tokens take over. (Spring's default would keep every login's tokens in memory.)
 */
final class NoAuthorizedClients implements ServerOAuth2AuthorizedClientRepository {

    @Override
    public <T extends OAuth2AuthorizedClient> Mono<T> loadAuthorizedClient(
            String registrationId, Authentication principal, ServerWebExchange exchange) {
        return Mono.empty();
    }

    @Override
    public Mono<Void> saveAuthorizedClient(
            OAuth2AuthorizedClient client, Authentication principal, ServerWebExchange exchange) {
        return Mono.empty();
    }

    @Override
    public Mono<Void> removeAuthorizedClient(
            String registrationId, Authentication principal, ServerWebExchange exchange) {
        return Mono.empty();
    }
}

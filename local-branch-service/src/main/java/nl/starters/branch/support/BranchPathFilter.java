package nl.starters.branch.support;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * This instance serves one branch: a path naming another branch is not found here, whatever the
 * gateway's routing did, so one branch can never read or write another's data.
 */
@Component
class BranchPathFilter implements WebFilter {

    private static final String PREFIX = "/api/branches/";

    private final String branch;

    BranchPathFilter(BranchProperties properties) {
        this.branch = properties.id();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        if (path.startsWith(PREFIX)) {
            String named = path.substring(PREFIX.length()).split("/", 2)[0];
            if (!named.equals(branch)) {
                return Mono.error(new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "There is no branch '" + named + "' on this service."));
            }
        }
        return chain.filter(exchange);
    }
}

package nl.starters.gateway.routing;

import nl.starters.servicedefaults.problems.Problems;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import reactor.core.publisher.Mono;

/** A branch id the registry does not hold: a 404 that says so instead of a bare "not found". */
final class UnknownBranch extends ErrorResponseException {

    /** Ends every request on the catch-all branch route; service-defaults renders the problem. */
    static final GatewayFilter FILTER = (exchange, chain) -> Mono.error(new UnknownBranch(
            ServerWebExchangeUtils.getUriTemplateVariables(exchange).get("branch")));

    UnknownBranch(String id) {
        super(
                HttpStatus.NOT_FOUND,
                Problems.of(HttpStatus.NOT_FOUND, "Unknown branch", "There is no branch '" + id + "'."),
                null);
    }
}

package nl.starters.gateway.routing;

import java.util.stream.Collectors;
import nl.starters.servicedefaults.branches.Branch;
import nl.starters.servicedefaults.branches.BranchRegistry;
import nl.starters.servicedefaults.branches.ServiceLocations;
import nl.starters.servicedefaults.problems.ProblemResponses;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.cloud.gateway.support.RouteMetadataUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The routes, built from the branch registry: one route and one breaker per branch, one each for
 * member-service and the national forum, and last a catch-all that names an unknown branch.
 * Only {@code /api/**} is routed; actuator stays on the management port, and member-service's internal
 * token API ({@code /api/auth/**}, {@code /.well-known/**}) is not reachable from outside.
 */
@Configuration(proxyBeanMethods = false)
class RouteConfiguration {

    private static final Log log = LogFactory.getLog(RouteConfiguration.class);
    static final String ACTIVITY_STREAM = "/api/national/activity/stream";

    @Bean
    RouteLocator routes(
            RouteLocatorBuilder builder,
            BranchRegistry registry,
            ServiceLocations locations,
            RoutingProperties routing,
            ReactiveCircuitBreakerFactory<?, ?> breakers,
            ProblemResponses problems) {
        locations.requireOnlyKnownBranches(
                registry.branches().stream().map(Branch::id).collect(Collectors.toSet()));
        if (registry.branches().isEmpty()) {
            log.warn("The branch registry is empty: is config/branches.yml (community.branches-file) there?");
        }
        var routes = builder.routes();
        for (Branch branch : registry.branches()) {
            var downstream = Downstream.branch(branch, locations.branchUri(branch.id()));
            log.info("Branch " + branch.id() + " -> " + downstream.uri());
            routes.route(
                    downstream.breakerId(),
                    route -> route.path("/api/branches/" + branch.id() + "/**")
                            .filters(filters -> filters.filter(guarded(downstream, breakers, problems, routing)))
                            .uri(downstream.uri()));
        }
        var members = Downstream.memberService(locations.memberServiceUri());
        routes.route(
                members.breakerId(),
                route -> route.path("/api/members", "/api/members/**", "/api/admin/**")
                        .filters(filters -> filters.filter(guarded(members, breakers, problems, routing)))
                        .uri(members.uri()));
        var national = Downstream.nationalForum(locations.nationalForumUri());
        // coordinators' live activity: a server-sent event stream stays open, so neither the time limiter
        // nor the response timeout may cut it (the national forum sends heartbeats; clients resume by id)
        routes.route(
                "national-activity-stream",
                route -> route.path(ACTIVITY_STREAM)
                        .metadata(RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR, -1)
                        .uri(national.uri()));
        routes.route(
                national.breakerId(),
                route -> route.path("/api/national/**")
                        .filters(filters -> filters.filter(guarded(national, breakers, problems, routing)))
                        .uri(national.uri()));
        routes.route(
                "unknown-branch",
                route -> route.order(Ordered.LOWEST_PRECEDENCE)
                        .path("/api/branches/{branch}/**")
                        .filters(filters -> filters.filter(UnknownBranch.FILTER))
                        .uri("no://op"));
        return routes.build();
    }

    private static DownstreamBreakerFilter guarded(
            Downstream downstream,
            ReactiveCircuitBreakerFactory<?, ?> breakers,
            ProblemResponses problems,
            RoutingProperties routing) {
        return new DownstreamBreakerFilter(
                downstream, breakers.create(downstream.breakerId()), problems, routing.retryAfter());
    }
}

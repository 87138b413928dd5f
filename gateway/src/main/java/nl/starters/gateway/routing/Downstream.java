package nl.starters.gateway.routing;

import java.net.URI;
import nl.starters.servicedefaults.branches.Branch;
import nl.starters.servicedefaults.problems.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** A service behind the gateway: its breaker, where it runs, and how a person would name it. */
record Downstream(String breakerId, URI uri, String displayName) {

    static Downstream branch(Branch branch, URI uri) {
        return new Downstream("branch-" + branch.id(), uri, "The " + branch.name() + " branch (" + branch.id() + ")");
    }

    static Downstream memberService(URI uri) {
        return new Downstream("member-service", uri, "The member service");
    }

    static Downstream nationalForum(URI uri) {
        return new Downstream("national-forum", uri, "The national forum");
    }

    ProblemDetail unavailable() {
        return Problems.of(
                HttpStatus.SERVICE_UNAVAILABLE,
                "Temporarily unavailable",
                displayName + " is not reachable right now; please try again in a moment.");
    }
}

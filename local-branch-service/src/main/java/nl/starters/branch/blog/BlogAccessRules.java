package nl.starters.branch.blog;

import static nl.starters.servicedefaults.security.CallerAuthorization.staffOf;

import java.util.Locale;
import java.util.Set;
import nl.starters.branch.support.BranchProperties;
import nl.starters.servicedefaults.security.AuthorizationRules;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.stereotype.Component;

/**
 * The blog is written by staff: writing or editing a post, and listing the drafts, needs staff of this
 * branch. Reading published posts stays public and commenting needs a member of this branch (both in
 * the branch's general rules).
 */
@Component
@Order(0)
class BlogAccessRules implements AuthorizationRules {

    static final String POSTS = "/api/branches/{branch}/posts";
    static final String POST = "/api/branches/{branch}/posts/{id}";

    private static final Set<String> NOT_ASKED = Set.of("", "false", "off", "no", "0");

    private final String branch;

    BlogAccessRules(BranchProperties properties) {
        this.branch = properties.id();
    }

    @Override
    public void apply(AuthorizeExchangeSpec exchanges) {
        exchanges
                .matchers(draftsList())
                .access(staffOf(branch))
                .pathMatchers(HttpMethod.POST, POSTS)
                .access(staffOf(branch))
                .pathMatchers(HttpMethod.PUT, POST)
                .access(staffOf(branch));
    }

    /** {@code GET .../posts?drafts=true}: anything Spring does not read as false counts as asking. */
    private static ServerWebExchangeMatcher draftsList() {
        ServerWebExchangeMatcher feed = ServerWebExchangeMatchers.pathMatchers(HttpMethod.GET, POSTS);
        return exchange -> feed.matches(exchange).flatMap(match -> {
            String drafts = exchange.getRequest().getQueryParams().getFirst("drafts");
            boolean asked = match.isMatch()
                    && drafts != null
                    && !NOT_ASKED.contains(drafts.strip().toLowerCase(Locale.ROOT));
            return asked
                    ? ServerWebExchangeMatcher.MatchResult.match()
                    : ServerWebExchangeMatcher.MatchResult.notMatch();
        });
    }
}

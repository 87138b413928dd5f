package nl.starters.servicedefaults.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import reactor.core.publisher.Mono;

class CallerAuthorizationTests {

    static final Authentication UTRECHT_MEMBER = token(List.of(Roles.MEMBER), "utrecht");
    static final Authentication UTRECHT_STAFF = token(List.of(Roles.MEMBER, Roles.STAFF), "utrecht");
    static final Authentication GRONINGEN_STAFF = token(List.of(Roles.MEMBER, Roles.STAFF), "groningen");
    static final Authentication ADMIN = token(List.of(Roles.MEMBER, Roles.ADMIN), "utrecht");

    @Test
    void memberOfGrantsMembersAndStaffOfThatBranchOnly() {
        var rule = CallerAuthorization.memberOf("utrecht");

        assertThat(granted(rule, UTRECHT_MEMBER)).isTrue();
        assertThat(granted(rule, UTRECHT_STAFF)).isTrue();
        assertThat(granted(rule, GRONINGEN_STAFF)).isFalse();
    }

    @Test
    void staffOfGrantsStaffOfThatBranchOnly() {
        var rule = CallerAuthorization.staffOf("utrecht");

        assertThat(granted(rule, UTRECHT_STAFF)).isTrue();
        assertThat(granted(rule, UTRECHT_MEMBER)).isFalse();
        assertThat(granted(rule, GRONINGEN_STAFF)).isFalse();
    }

    @Test
    void anyRoleGrantsWhoeverHasOneOfTheRoles() {
        var rule = CallerAuthorization.anyRole(Roles.COORDINATOR, Roles.ADMIN);

        assertThat(granted(rule, ADMIN)).isTrue();
        assertThat(granted(rule, UTRECHT_STAFF)).isFalse();
    }

    @Test
    void callerRuleSeesTheWholeCaller() {
        var rule = CallerAuthorization.caller(caller -> caller.displayName().startsWith("Member of"));

        assertThat(granted(rule, UTRECHT_MEMBER)).isTrue();
    }

    @Test
    void nobodyWithoutAVerifiedTokenIsGranted() {
        var everybody = CallerAuthorization.caller(caller -> true);
        var anonymous = new AnonymousAuthenticationToken(
                "key", "anonymous", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        var notAToken = new TestingAuthenticationToken("someone", "secret", "ROLE_ADMIN");
        var unauthenticated = new JwtAuthenticationToken(CallerTests.jwt(List.of(Roles.ADMIN), "utrecht"));
        unauthenticated.setAuthenticated(false);

        assertThat(granted(everybody, anonymous)).isFalse();
        assertThat(granted(everybody, notAToken)).isFalse();
        assertThat(granted(everybody, unauthenticated)).isFalse();
        assertThat(everybody
                        .authorize(Mono.empty(), null)
                        .map(result -> result.isGranted())
                        .block())
                .isFalse();
    }

    private static boolean granted(ReactiveAuthorizationManager<AuthorizationContext> rule, Authentication who) {
        return rule.authorize(Mono.just(who), null).block().isGranted();
    }

    private static Authentication token(List<String> roles, String branch) {
        var jwt = Jwt.withTokenValue("raw")
                .header("alg", "RS256")
                .subject(UUID.randomUUID().toString())
                .claim(CommunityClaims.NAME, "Member of " + branch)
                .claim(CommunityClaims.ROLES, roles)
                .claim(CommunityClaims.BRANCH, branch)
                .build();
        return new JwtAuthenticationToken(jwt, AuthorityUtils.createAuthorityList("ROLE_MEMBER"));
    }
}

package nl.starters.servicedefaults.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class CallerTests {

    static final UUID ID = UUID.fromString("0190f3a2-7c1e-7d44-9a51-3f2b8c0d1e23");

    @Test
    void readsTheMemberFromTheirToken() {
        Caller caller = Caller.of(jwt(List.of(Roles.MEMBER, Roles.STAFF), "utrecht"));

        assertThat(caller.memberId()).isEqualTo(ID);
        assertThat(caller.displayName()).isEqualTo("Sanne Bakker");
        assertThat(caller.roles()).containsExactlyInAnyOrder(Roles.MEMBER, Roles.STAFF);
        assertThat(caller.branch()).isEqualTo("utrecht");
        assertThat(caller.token()).isEqualTo("raw-token");
    }

    @Test
    void aTokenWithoutRolesOrBranchIsACallerWithNeither() {
        Caller caller = Caller.of(jwt(null, null));

        assertThat(caller.roles()).isEmpty();
        assertThat(caller.branch()).isNull();
        assertThat(caller.belongsTo("utrecht")).isFalse();
        assertThat(caller.isStaffOf("utrecht")).isFalse();
    }

    @Test
    void belongsToTheirHomeBranchOnly() {
        Caller member = Caller.of(jwt(List.of(Roles.MEMBER), "utrecht"));

        assertThat(member.belongsTo("utrecht")).isTrue();
        assertThat(member.belongsTo("groningen")).isFalse();
        assertThat(member.hasRole(Roles.MEMBER)).isTrue();
        assertThat(member.hasRole(Roles.ADMIN)).isFalse();
    }

    @Test
    void staffAreStaffOfTheirOwnBranchOnly() {
        Caller staff = Caller.of(jwt(List.of(Roles.MEMBER, Roles.STAFF), "utrecht"));
        Caller member = Caller.of(jwt(List.of(Roles.MEMBER), "utrecht"));

        assertThat(staff.isStaffOf("utrecht")).isTrue();
        assertThat(staff.isStaffOf("groningen")).isFalse();
        assertThat(member.isStaffOf("utrecht")).isFalse();
    }

    static Jwt jwt(List<String> roles, String branch) {
        var builder = Jwt.withTokenValue("raw-token")
                .header("alg", "RS256")
                .subject(ID.toString())
                .claim(CommunityClaims.NAME, "Sanne Bakker");
        if (roles != null) {
            builder.claim(CommunityClaims.ROLES, roles);
        }
        if (branch != null) {
            builder.claim(CommunityClaims.BRANCH, branch);
        }
        return builder.build();
    }
}

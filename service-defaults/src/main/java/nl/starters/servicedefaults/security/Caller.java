package nl.starters.servicedefaults.security;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The member behind a request, read from their verified access token.
 *
 * @param token the raw access token, to relay to another service on the member's behalf
 */
public record Caller(UUID memberId, String displayName, Set<String> roles, String branch, String token) {

    public static Caller of(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList(CommunityClaims.ROLES);
        return new Caller(
                UUID.fromString(jwt.getSubject()),
                jwt.getClaimAsString(CommunityClaims.NAME),
                roles == null ? Set.of() : Set.copyOf(roles),
                jwt.getClaimAsString(CommunityClaims.BRANCH),
                jwt.getTokenValue());
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** A member (or staff member) whose home branch this is: they may write here. */
    public boolean belongsTo(String branchId) {
        return branchId.equals(branch);
    }

    /** A bank employee of this branch: they write its staff content and moderate it. */
    public boolean isStaffOf(String branchId) {
        return hasRole(Roles.STAFF) && belongsTo(branchId);
    }
}

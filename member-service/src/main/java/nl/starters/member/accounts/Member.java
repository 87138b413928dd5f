package nl.starters.member.accounts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.starters.servicedefaults.security.Roles;

/**
 * A member account. The real name stays in member-service; everybody else sees {@link #displayName()}.
 *
 * @param passwordHash absent for an account opened through the member's bank login
 */
public record Member(
        UUID id,
        String username,
        String email,
        String passwordHash,
        String fullName,
        String homeBranch,
        Visibility visibility,
        String pseudonym,
        boolean listed,
        List<String> roles,
        BusinessProfile profile,
        Instant createdAt) {

    public Member {
        roles = List.copyOf(roles);
        profile = profile == null ? BusinessProfile.EMPTY : profile;
    }

    /** A bank employee (staff of a branch or a national coordinator): shown with the badge, under the full name. */
    public boolean staff() {
        return roles.contains(Roles.STAFF) || roles.contains(Roles.COORDINATOR);
    }

    /** Staff and coordinators always appear under their full name; members may choose a pseudonym. */
    public String displayName() {
        return visibility == Visibility.PSEUDONYM && !staff() ? pseudonym : fullName;
    }

    /** Whether others may see the real name: it is the display name anyway. */
    public boolean fullNameVisible() {
        return displayName().equals(fullName);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** The account with new roles and home branch (staff are staff of their home branch). */
    public Member withRoles(List<String> newRoles, String newHomeBranch) {
        return new Member(
                id,
                username,
                email,
                passwordHash,
                fullName,
                newHomeBranch,
                visibility,
                pseudonym,
                listed,
                newRoles,
                profile,
                createdAt);
    }
}

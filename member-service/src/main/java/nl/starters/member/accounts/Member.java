package nl.starters.member.accounts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A member account; the real name stays here, others see {@link #displayName()}. */
record Member(
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
        Instant createdAt) {

    boolean staff() {
        return roles.contains("STAFF") || roles.contains("COORDINATOR");
    }

    /** Staff and coordinators always appear under their full name; members may choose a pseudonym. */
    String displayName() {
        return visibility == Visibility.PSEUDONYM && !staff() ? pseudonym : fullName;
    }
}

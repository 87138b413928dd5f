package nl.starters.member.roles;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/**
 * The complete new set of roles of a member (MEMBER is always kept) and, when appointing staff, the
 * branch they work for, which becomes their home branch.
 */
record RoleAssignment(
        @NotEmpty
        List<
                        @Pattern(
                                regexp = "MEMBER|STAFF|COORDINATOR|ADMIN",
                                message = "must be MEMBER, STAFF, COORDINATOR or ADMIN")
                        String>
                roles,

        String branch) {}

package nl.starters.member.roles;

import nl.starters.servicedefaults.problems.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** A role change the rules do not allow (the detail names the field and the rule). */
class InvalidRoleChange extends ErrorResponseException {

    private InvalidRoleChange(HttpStatus status, String title, String detail) {
        super(status, Problems.of(status, title, detail), null);
    }

    static InvalidRoleChange branchWithoutStaff() {
        return new InvalidRoleChange(
                HttpStatus.BAD_REQUEST,
                "Invalid request",
                "branch: only staff are appointed to a branch; add STAFF to roles or leave branch out.");
    }

    static InvalidRoleChange ownAdminRole() {
        return new InvalidRoleChange(
                HttpStatus.CONFLICT,
                "Role change refused",
                "roles: you cannot remove your own ADMIN role; another admin can.");
    }
}

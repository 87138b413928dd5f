package nl.starters.member.roles;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.starters.member.accounts.Accounts;
import nl.starters.member.accounts.Member;
import nl.starters.member.accounts.UnknownBranch;
import nl.starters.member.audit.AuditEntry;
import nl.starters.member.audit.AuditLog;
import nl.starters.member.tokens.RefreshTokens;
import nl.starters.servicedefaults.branches.BranchRegistry;
import nl.starters.servicedefaults.security.Caller;
import nl.starters.servicedefaults.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * An admin appoints staff (of a branch) and coordinators. The change, its audit entry, its members.v1
 * event and the end of the member's sessions (new roles need new tokens) are one transaction.
 */
@Service
class RoleService {

    private static final List<String> ORDER = List.of(Roles.MEMBER, Roles.STAFF, Roles.COORDINATOR, Roles.ADMIN);

    private final Accounts accounts;
    private final AuditLog audit;
    private final RefreshTokens refreshTokens;
    private final BranchRegistry branches;
    private final TransactionalOperator transaction;

    RoleService(
            Accounts accounts,
            AuditLog audit,
            RefreshTokens refreshTokens,
            BranchRegistry branches,
            TransactionalOperator transaction) {
        this.accounts = accounts;
        this.audit = audit;
        this.refreshTokens = refreshTokens;
        this.branches = branches;
        this.transaction = transaction;
    }

    Mono<Member> assign(Caller admin, UUID memberId, RoleAssignment assignment) {
        List<String> roles = ORDER.stream()
                .filter(role -> role.equals(Roles.MEMBER) || assignment.roles().contains(role))
                .toList();
        String branch = assignment.branch() == null || assignment.branch().isBlank() ? null : assignment.branch();
        if (branch != null && branches.find(branch).isEmpty()) {
            return Mono.error(new UnknownBranch("branch", branch));
        }
        if (branch != null && !roles.contains(Roles.STAFF)) {
            return Mono.error(InvalidRoleChange.branchWithoutStaff());
        }
        if (admin.memberId().equals(memberId) && !roles.contains(Roles.ADMIN)) {
            return Mono.error(InvalidRoleChange.ownAdminRole());
        }
        return accounts.change(
                        memberId, member -> member.withRoles(roles, branch == null ? member.homeBranch() : branch))
                .flatMap(changed -> audit.record(admin.memberId(), AuditEntry.ROLES_CHANGED, memberId, details(changed))
                        .then(refreshTokens.revokeAllOf(memberId))
                        .thenReturn(changed.after()))
                .as(transaction::transactional);
    }

    private static Map<String, Object> details(Accounts.Changed changed) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("rolesBefore", changed.before().roles());
        details.put("rolesAfter", changed.after().roles());
        if (!changed.before().homeBranch().equals(changed.after().homeBranch())) {
            details.put("homeBranchBefore", changed.before().homeBranch());
            details.put("homeBranchAfter", changed.after().homeBranch());
        }
        return details;
    }
}

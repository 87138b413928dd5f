package nl.starters.member.privacy;

import java.util.Map;
import java.util.UUID;
import nl.starters.member.accounts.Accounts;
import nl.starters.member.audit.AuditEntry;
import nl.starters.member.audit.AuditLog;
import nl.starters.member.federation.IdentityLinks;
import nl.starters.member.tokens.RefreshTokens;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Erases a member at their request (GDPR art. 17) in one transaction: sessions ended, bank logins unlinked,
 * the account replaced by a tombstone, an audit entry, and member.erased.v1 so every service forgets them.
 */
@Service
class ErasureService {

    private final Accounts accounts;
    private final RefreshTokens refreshTokens;
    private final IdentityLinks identities;
    private final AuditLog audit;
    private final TransactionalOperator transaction;

    ErasureService(
            Accounts accounts,
            RefreshTokens refreshTokens,
            IdentityLinks identities,
            AuditLog audit,
            TransactionalOperator transaction) {
        this.accounts = accounts;
        this.refreshTokens = refreshTokens;
        this.identities = identities;
        this.audit = audit;
        this.transaction = transaction;
    }

    Mono<Void> erase(UUID memberId) {
        return refreshTokens
                .revokeAllOf(memberId)
                .then(identities.unlinkAll(memberId))
                .then(accounts.erase(memberId))
                .then(audit.record(memberId, AuditEntry.MEMBER_ERASED, memberId, Map.of()))
                .as(transaction::transactional);
    }
}

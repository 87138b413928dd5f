package nl.starters.member.federation;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.starters.member.accounts.Accounts;
import nl.starters.member.accounts.BusinessProfile;
import nl.starters.member.accounts.Member;
import nl.starters.member.accounts.Visibility;
import nl.starters.member.tokens.TokenPair;
import nl.starters.member.tokens.Tokens;
import nl.starters.servicedefaults.branches.BranchRegistry;
import nl.starters.servicedefaults.ids.Ids;
import nl.starters.servicedefaults.security.Roles;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Single sign-on from the member's own bank: a bank login (issuer, subject) signs in the member it is linked
 * to; the first one opens an account. Accounts are linked by (issuer, subject) only — never by e-mail — and
 * an existing account is linked only by its signed-in owner.
 */
@Service
class FederationService {

    private final TrustedProviders providers;
    private final IdentityLinkRepository links;
    private final Accounts accounts;
    private final Tokens tokens;
    private final BranchRegistry branches;
    private final TransactionalOperator transaction;
    private final Clock clock;

    FederationService(
            TrustedProviders providers,
            IdentityLinkRepository links,
            Accounts accounts,
            Tokens tokens,
            BranchRegistry branches,
            TransactionalOperator transaction,
            Clock clock) {
        this.providers = providers;
        this.links = links;
        this.accounts = accounts;
        this.tokens = tokens;
        this.branches = branches;
        this.transaction = transaction;
        this.clock = clock;
    }

    Mono<TokenPair> signIn(String idToken) {
        return providers
                .verify(idToken)
                .flatMap(login -> links.find(login.issuer(), login.subject())
                        .flatMap(link -> accounts.find(link.memberId()))
                        .switchIfEmpty(Mono.defer(() -> firstLogin(login))))
                .flatMap(tokens::issueFor);
    }

    Mono<IdentityLink> link(UUID memberId, String idToken) {
        return providers
                .verify(idToken)
                .flatMap(login -> links.find(login.issuer(), login.subject())
                        .flatMap(existing -> existing.memberId().equals(memberId)
                                ? Mono.just(existing)
                                : Mono.<IdentityLink>error(new IdentityLinkedElsewhere()))
                        .switchIfEmpty(
                                Mono.defer(() -> accounts.find(memberId).flatMap(member -> insert(login, memberId)))));
    }

    private Mono<Member> firstLogin(VerifiedLogin login) {
        if (login.branch() == null || branches.find(login.branch()).isEmpty()) {
            return Mono.error(new FirstLoginRefused("The bank login names no home branch of this community ("
                    + (login.branch() == null ? "none given" : "'" + login.branch() + "'") + ")."));
        }
        if (login.name() == null
                || login.name().isBlank()
                || login.email() == null
                || login.email().isBlank()) {
            return Mono.error(new FirstLoginRefused("The bank login shares no name or no e-mail address;"
                    + " register with a password instead, then link the bank login."));
        }
        return accounts.emailInUse(login.email())
                .flatMap(used -> used ? Mono.error(new EmailBelongsToAccount()) : Mono.just(newMember(login)))
                .flatMap(member -> accounts.open(member)
                        .flatMap(opened -> insert(login, opened.id()).thenReturn(opened))
                        .as(transaction::transactional));
    }

    private Mono<IdentityLink> insert(VerifiedLogin login, UUID memberId) {
        var link = new IdentityLink(login.issuer(), login.subject(), memberId, clock.instant());
        return links.insert(link)
                .thenReturn(link)
                .onErrorMap(DataIntegrityViolationException.class, taken -> new IdentityLinkedElsewhere());
    }

    private Member newMember(VerifiedLogin login) {
        UUID id = Ids.newId();
        return new Member(
                id,
                "bank-" + id.toString().replace("-", "").substring(20),
                login.email(),
                null,
                login.name().strip(),
                login.branch(),
                Visibility.FULL_NAME,
                null,
                false,
                List.of(Roles.MEMBER),
                BusinessProfile.EMPTY,
                clock.instant());
    }
}

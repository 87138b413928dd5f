package nl.starters.member.privacy;

import java.time.Clock;
import nl.starters.member.accounts.Accounts;
import nl.starters.member.audit.AuditLog;
import nl.starters.member.federation.IdentityLinks;
import nl.starters.member.profiles.OwnProfile;
import nl.starters.servicedefaults.security.Caller;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Gathers a member's export: member-service's part here, the branch's and the national forum's from them. */
@Service
class ExportService {

    private final Accounts accounts;
    private final IdentityLinks identities;
    private final AuditLog audit;
    private final RemoteExports remote;
    private final Clock clock;

    ExportService(Accounts accounts, IdentityLinks identities, AuditLog audit, RemoteExports remote, Clock clock) {
        this.accounts = accounts;
        this.identities = identities;
        this.audit = audit;
        this.remote = remote;
        this.clock = clock;
    }

    Mono<MemberExport> export(Caller caller) {
        return accounts.find(caller.memberId())
                .flatMap(member -> Mono.zip(
                                identities.of(member.id()).collectList(),
                                audit.involving(member.id()).collectList(),
                                remote.branch(member.homeBranch(), caller),
                                remote.national(caller))
                        .map(parts -> new MemberExport(
                                member.id(),
                                clock.instant(),
                                OwnProfile.of(member),
                                parts.getT1(),
                                parts.getT2(),
                                parts.getT3(),
                                parts.getT4())));
    }
}

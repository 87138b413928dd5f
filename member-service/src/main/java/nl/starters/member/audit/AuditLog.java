package nl.starters.member.audit;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import nl.starters.servicedefaults.ids.Ids;
import nl.starters.servicedefaults.web.PageRequest;
import nl.starters.servicedefaults.web.PageView;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The record of role changes, erasures and (later) moderation decisions, written in the transaction of
 * the decision itself, so there is never a decision without its entry.
 */
@Service
public class AuditLog {

    private final AuditRepository entries;
    private final Clock clock;

    AuditLog(AuditRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    public Mono<Void> record(UUID actorId, String action, UUID subjectId, Map<String, Object> details) {
        return entries.insert(new AuditEntry(Ids.newId(), actorId, action, subjectId, clock.instant(), details));
    }

    /** Everything the log holds about a member (for their export). */
    public Flux<AuditEntry> involving(UUID memberId) {
        return entries.involving(memberId);
    }

    Mono<PageView<AuditEntry>> page(PageRequest page) {
        return entries.count()
                .flatMap(total -> entries.newestFirst(page)
                        .collectList()
                        .map(items -> new PageView<>(items, page.page(), page.size(), total)));
    }
}

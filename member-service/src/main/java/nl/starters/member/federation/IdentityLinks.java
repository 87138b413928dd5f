package nl.starters.member.federation;

import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** A member's bank logins, as the export shows them and the erasure removes them. */
@Service
public class IdentityLinks {

    private final IdentityLinkRepository links;

    IdentityLinks(IdentityLinkRepository links) {
        this.links = links;
    }

    public Flux<IdentityLink> of(UUID memberId) {
        return links.of(memberId);
    }

    public Mono<Void> unlinkAll(UUID memberId) {
        return links.deleteAllOf(memberId);
    }
}

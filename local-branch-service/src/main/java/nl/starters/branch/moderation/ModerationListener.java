package nl.starters.branch.moderation;

import reactor.core.publisher.Mono;

/**
 * Told inside the transaction of a staff decision that changed the content's state (a removal, or a
 * restore of hidden or removed content), so a copy elsewhere can follow: the promotion withdraws a
 * removed question from the national forum and shares it again once restored.
 */
public interface ModerationListener {

    Mono<Void> decided(ContentRef content, ModerationState before, ModerationState after);
}

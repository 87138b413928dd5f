package nl.starters.branch.moderation;

import java.util.Set;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * A content feature's answer to "what is this id?", so moderation can flag, hide and remove any kind of
 * content without knowing its tables. Each feature holding member content provides one bean.
 */
public interface ModeratedContent {

    /** The kinds this feature holds, e.g. {@code POST} and {@code COMMENT}. */
    Set<String> kinds();

    /**
     * The content of that kind and id in this branch, whatever its moderation state (staff restore hidden
     * and removed content, so do not filter with {@link Moderation#visible} here); empty when there is
     * none, and for content no other member may see at all (a draft), so it can't be flagged.
     */
    Mono<ContentRef> find(String kind, UUID id);
}

package nl.starters.branch.moderation;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Mono;

/**
 * A content feature that exists only in tests (kind {@code NOTE}), so moderation is tested without the
 * blog's or the questions' code: tests add notes with an author and a title and flag them.
 */
public class TestNotes implements ModeratedContent {

    public static final String KIND = "NOTE";

    private final Map<UUID, ContentRef> notes = new ConcurrentHashMap<>();

    public UUID add(UUID authorId, String title) {
        UUID id = UUID.randomUUID();
        notes.put(id, new ContentRef(KIND, id, authorId, title));
        return id;
    }

    @Override
    public Set<String> kinds() {
        return Set.of(KIND);
    }

    @Override
    public Mono<ContentRef> find(String kind, UUID id) {
        return Mono.justOrEmpty(notes.get(id));
    }
}

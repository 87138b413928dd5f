package nl.starters.branch.moderation;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/** Every kind of content the branch's features hold, each answered by the feature that holds it. */
@Component
class ContentCatalog {

    private final Map<String, ModeratedContent> byKind = new HashMap<>();

    ContentCatalog(ObjectProvider<ModeratedContent> features) {
        features.orderedStream()
                .forEach(feature -> feature.kinds().forEach(kind -> {
                    ModeratedContent other = byKind.putIfAbsent(normalise(kind), feature);
                    if (other != null) {
                        throw new IllegalStateException("Two features claim content kind " + kind + ": "
                                + other.getClass() + " and " + feature.getClass());
                    }
                }));
    }

    /** The content; a 400 problem for a kind nobody holds, a 404 for an id that isn't there. */
    Mono<ContentRef> find(String kind, UUID id) {
        ModeratedContent feature = byKind.get(normalise(kind));
        if (feature == null) {
            return Mono.error(new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "There is no content kind '" + kind + "' here; known kinds: " + new TreeSet<>(byKind.keySet())
                            + "."));
        }
        return feature.find(normalise(kind), id)
                .switchIfEmpty(Mono.error(new ResponseStatusException(
                        HttpStatus.NOT_FOUND,
                        "There is no " + normalise(kind).toLowerCase(Locale.ROOT) + " " + id + " in this branch.")));
    }

    /** The content if its kind and id are known; empty otherwise (for listing what was moderated). */
    Mono<ContentRef> lookup(String kind, UUID id) {
        ModeratedContent feature = byKind.get(normalise(kind));
        return feature == null ? Mono.empty() : feature.find(normalise(kind), id);
    }

    static String normalise(String kind) {
        return kind.strip().toUpperCase(Locale.ROOT);
    }
}

package nl.starters.servicedefaults.export;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What one service holds on a member, as member-service's export gathers it from the branch and the
 * national forum: {@code {memberId, service, items: {<kind>: [...]}}}. Every kind of part appears,
 * an empty list when the member has nothing of that kind.
 *
 * @param service the service as the federation names it, e.g. {@code branch-utrecht}
 */
public record ContentExport(UUID memberId, String service, Map<String, List<Object>> items) {

    public static Mono<ContentExport> collect(UUID memberId, String service, List<? extends ExportPart> parts) {
        return Flux.fromIterable(parts)
                .sort(Comparator.comparing(ExportPart::kind))
                .concatMap(part -> part.itemsOf(memberId)
                        .<Object>map(item -> item)
                        .collectList()
                        .map(items -> Map.entry(part.kind(), items)))
                .collectMap(Map.Entry::getKey, Map.Entry::getValue, TreeMap::new)
                .map(items -> new ContentExport(memberId, service, items));
    }
}

package nl.starters.branch.moderation;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * Moderated content found by one query per kind, so a feature only says where its content lives: each
 * query selects {@code author_id} and {@code title} of the row with {@code :id}.
 */
public abstract class ContentLookup implements ModeratedContent {

    private final DatabaseClient db;
    private final Map<String, String> queryByKind;

    protected ContentLookup(DatabaseClient db, Map<String, String> queryByKind) {
        this.db = db;
        this.queryByKind = Map.copyOf(queryByKind);
    }

    @Override
    public Set<String> kinds() {
        return queryByKind.keySet();
    }

    @Override
    public Mono<ContentRef> find(String kind, UUID id) {
        String query = queryByKind.get(kind);
        if (query == null) {
            return Mono.empty();
        }
        return db.sql(query)
                .bind("id", id)
                .map(row -> new ContentRef(kind, id, row.get("author_id", UUID.class), row.get("title", String.class)))
                .one();
    }
}

package nl.starters.branch.moderation;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;
import nl.starters.servicedefaults.members.Author;
import nl.starters.servicedefaults.web.PageRequest;
import nl.starters.servicedefaults.web.PageView;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What moderators look at: hidden content waiting for review (oldest first), and the decisions taken
 * (restored or removed, newest first). Titles and authors come from the features holding the content.
 */
@Component
class ModerationQueue {

    /** The flags in question: waiting for review while hidden, else the ones the latest decision reviewed. */
    private static final String FLAGS_IN_QUESTION = " FROM flags fl WHERE fl.subject_id = ms.subject_id AND CASE"
            + " WHEN ms.state = 'HIDDEN' THEN fl.reviewed_at IS NULL ELSE fl.reviewed_at = ms.decided_at END";

    private static final String SELECT = "SELECT ms.subject_id, ms.subject_kind, ms.state, ms.reason, ms.decided_at,"
            + " ms.updated_at, (SELECT count(*)" + FLAGS_IN_QUESTION + ") AS flag_count,"
            + " ARRAY(SELECT fl.reason" + FLAGS_IN_QUESTION
            + " ORDER BY fl.created_at, fl.member_id LIMIT 20) AS reasons, "
            + Author.columns("d", "ms.decided_by") + " FROM moderation_states ms " + Author.join("d", "ms.decided_by")
            + " ";

    private final DatabaseClient db;
    private final ContentCatalog catalog;

    ModerationQueue(DatabaseClient db, ContentCatalog catalog) {
        this.db = db;
        this.catalog = catalog;
    }

    Mono<PageView<ModerationItem>> page(ModerationState state, PageRequest page) {
        String where = "WHERE ms.state = :state AND (ms.state = 'HIDDEN' OR ms.decided_at IS NOT NULL)";
        String order = state == ModerationState.HIDDEN
                ? " ORDER BY ms.updated_at, ms.subject_id"
                : " ORDER BY ms.decided_at DESC, ms.subject_id";
        var items = db.sql(SELECT + where + order + " LIMIT :limit OFFSET :offset")
                .bind("state", state.name())
                .bind("limit", page.size())
                .bind("offset", page.offset())
                .map(ModerationQueue::item)
                .all()
                .collectList()
                .flatMap(this::withContent);
        var total = db.sql("SELECT count(*) FROM moderation_states ms " + where)
                .bind("state", state.name())
                .map(row -> row.get(0, Long.class))
                .one();
        return Mono.zip(items, total)
                .map(result -> new PageView<>(result.getT1(), page.page(), page.size(), result.getT2()));
    }

    /** One piece of content's moderation as it stands (visible without a decision when never flagged). */
    Mono<ModerationItem> item(ContentRef content, String kind) {
        return db.sql(SELECT + "WHERE ms.subject_id = :id")
                .bind("id", content.id())
                .map(ModerationQueue::item)
                .one()
                .defaultIfEmpty(new ModerationItem(
                        kind, content.id(), null, null, ModerationState.VISIBLE, 0, List.of(), null, null, null, null))
                .flatMap(item -> withContent(List.of(item)))
                .map(items -> items.get(0));
    }

    private Mono<List<ModerationItem>> withContent(List<ModerationItem> items) {
        return Flux.fromIterable(items)
                .concatMap(item ->
                        catalog.lookup(item.kind(), item.id()).map(Optional::of).defaultIfEmpty(Optional.empty()))
                .collectList()
                .flatMap(contents -> authors(contents)
                        .map(authors -> IntStream.range(0, items.size())
                                .mapToObj(i -> items.get(i)
                                        .withContent(
                                                contents.get(i)
                                                        .map(ContentRef::title)
                                                        .orElse(null),
                                                contents.get(i)
                                                        .map(content -> authors.get(content.authorId()))
                                                        .orElse(null)))
                                .toList()));
    }

    private Mono<Map<UUID, Author>> authors(List<Optional<ContentRef>> contents) {
        UUID[] ids = contents.stream()
                .flatMap(Optional::stream)
                .map(ContentRef::authorId)
                .filter(Objects::nonNull)
                .distinct()
                .toArray(UUID[]::new);
        return db.sql("SELECT " + Author.columns("a", "ids.id") + " FROM unnest(:ids) AS ids(id) "
                        + Author.join("a", "ids.id"))
                .bind("ids", ids)
                .map(row -> Author.read(row, "a"))
                .all()
                .collectMap(Author::id, Function.identity());
    }

    private static ModerationItem item(Readable row) {
        String[] reasons = row.get("reasons", String[].class);
        return new ModerationItem(
                row.get("subject_kind", String.class),
                row.get("subject_id", UUID.class),
                null,
                null,
                ModerationState.valueOf(row.get("state", String.class)),
                row.get("flag_count", Long.class),
                reasons == null ? List.of() : List.of(reasons),
                row.get("updated_at", Instant.class),
                row.get("d_id", UUID.class) == null ? null : Author.read(row, "d"),
                row.get("decided_at", Instant.class),
                row.get("reason", String.class));
    }
}

package nl.starters.branch.search;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.UUID;
import nl.starters.branch.moderation.Moderation;
import nl.starters.servicedefaults.web.PageRequest;
import nl.starters.servicedefaults.web.PageView;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Dutch full-text search over published posts and local questions (PostgreSQL's {@code dutch}
 * configuration: "bakkerijen" finds "bakkerij"), ranked, with the search syntax people know from web
 * search engines: quotes for phrases, {@code or}, {@code -} to exclude. Only what the reader may see.
 */
@Component
class Search {

    private final DatabaseClient db;

    Search(DatabaseClient db) {
        this.db = db;
    }

    Mono<PageView<SearchHit>> find(String words, boolean staff, PageRequest page) {
        String hits = hits(staff);
        var items = db.sql(hits + """
                        , page AS (
                            SELECT * FROM hits ORDER BY rank DESC, at DESC, id DESC LIMIT :limit OFFSET :offset)
                        SELECT page.type, page.id, page.title, page.at, page.rank,
                               ts_headline('dutch', search_plain_text(page.body), query.tsq, :options) AS headline
                        FROM page, query ORDER BY page.rank DESC, page.at DESC, page.id DESC""")
                .bind("q", words)
                .bind("limit", page.size())
                .bind("offset", page.offset())
                .bind("options", Snippets.HEADLINE_OPTIONS)
                .map(Search::hit)
                .all()
                .collectList();
        var total = db.sql(hits + " SELECT count(*) FROM hits")
                .bind("q", words)
                .map(row -> row.get(0, Long.class))
                .one();
        return Mono.zip(items, total)
                .map(result -> new PageView<>(result.getT1(), page.page(), page.size(), result.getT2()));
    }

    private static String hits(boolean staff) {
        return "WITH query AS (SELECT websearch_to_tsquery('dutch', :q) AS tsq), hits AS ("
                + " SELECT 'POST' AS type, p.id, p.title, p.body, p.published_at AS at,"
                + " ts_rank(p.search, query.tsq) AS rank FROM posts p, query"
                + " WHERE NOT p.draft AND p.search @@ query.tsq AND " + sees(staff, "p.id")
                + " UNION ALL SELECT 'QUESTION', q.id, q.title, q.body, q.asked_at, ts_rank(q.search, query.tsq)"
                + " FROM questions q, query WHERE q.search @@ query.tsq AND " + sees(staff, "q.id") + ")";
    }

    /** Staff of this branch find hidden content too (they review it); everybody else only visible content. */
    private static String sees(boolean staff, String idColumn) {
        return Moderation.visibleTo(staff, idColumn);
    }

    private static SearchHit hit(Readable row) {
        String headline = row.get("headline", String.class);
        Number rank = row.get("rank", Number.class);
        return new SearchHit(
                HitType.valueOf(row.get("type", String.class)),
                row.get("id", UUID.class),
                row.get("title", String.class),
                Snippets.plain(headline),
                Snippets.html(headline),
                row.get("at", Instant.class),
                rank == null ? 0 : rank.doubleValue());
    }
}

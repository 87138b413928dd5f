package nl.starters.servicedefaults.export;

import io.r2dbc.spi.Readable;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;

/**
 * An export part read with one query, so a feature only says what it holds and how a row reads: the
 * query binds the member as {@code :member} and orders oldest first.
 */
public abstract class QueryExportPart<T> implements ExportPart {

    private final DatabaseClient db;
    private final String kind;
    private final String query;

    protected QueryExportPart(DatabaseClient db, String kind, String query) {
        this.db = db;
        this.kind = kind;
        this.query = query;
    }

    @Override
    public final String kind() {
        return kind;
    }

    @Override
    public final Flux<T> itemsOf(UUID memberId) {
        return db.sql(query)
                .bind("member", memberId)
                .map(row -> item(row, memberId))
                .all();
    }

    /** One exported item from a row of the query. */
    protected abstract T item(Readable row, UUID memberId);
}

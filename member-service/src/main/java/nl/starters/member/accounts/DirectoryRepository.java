package nl.starters.member.accounts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.starters.servicedefaults.web.PageView;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** The directory as SQL: searches the stored display name, so a pseudonym's real name can never match. */
@Repository
class DirectoryRepository {

    private static final String SEARCHED = """
            (display_name ILIKE :text OR sector ILIKE :text OR offers ILIKE :text OR looks_for ILIKE :text
             OR city ILIKE :text)""";

    private final DatabaseClient db;

    DirectoryRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<PageView<Member>> search(DirectoryQuery query) {
        List<String> conditions = new ArrayList<>(List.of("listed"));
        Map<String, Object> values = new HashMap<>();
        if (query.branch() != null) {
            conditions.add("home_branch = :branch");
            values.put("branch", query.branch());
        }
        if (query.text() != null) {
            conditions.add(SEARCHED);
            values.put("text", "%" + escapeLike(query.text()) + "%");
        }
        String where = " WHERE " + String.join(" AND ", conditions);
        Mono<List<Member>> items = bind(
                        db.sql("SELECT * FROM members" + where
                                + " ORDER BY lower(display_name), id LIMIT :limit OFFSET :offset"),
                        values)
                .bind("limit", query.page().size())
                .bind("offset", query.page().offset())
                .map(MemberRepository::toMember)
                .all()
                .collectList();
        Mono<Long> total = bind(db.sql("SELECT count(*) AS total FROM members" + where), values)
                .map(row -> row.get("total", Long.class))
                .one();
        return total.flatMap(count -> (count == 0 ? Mono.just(List.<Member>of()) : items)
                .map(found ->
                        new PageView<>(found, query.page().page(), query.page().size(), count)));
    }

    private static GenericExecuteSpec bind(GenericExecuteSpec spec, Map<String, Object> values) {
        for (var value : values.entrySet()) {
            spec = spec.bind(value.getKey(), value.getValue());
        }
        return spec;
    }

    /** The text is matched literally: '%', '_' and '\' lose their LIKE meaning. */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

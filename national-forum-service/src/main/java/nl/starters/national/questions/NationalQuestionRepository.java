package nl.starters.national.questions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.starters.servicedefaults.web.PageRequest;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class NationalQuestionRepository {

    private final DatabaseClient db;

    NationalQuestionRepository(DatabaseClient db) {
        this.db = db;
    }

    Flux<NationalQuestionSummary> findNewest(PageRequest page) {
        return db.sql("""
                        SELECT id, origin_branch, title, tags, promoted_at, accepted_answer_id
                        FROM national_questions
                        ORDER BY promoted_at DESC, id DESC
                        LIMIT :limit OFFSET :offset""")
                .bind("limit", page.size())
                .bind("offset", page.offset())
                .map(row -> new NationalQuestionSummary(
                        row.get("id", UUID.class),
                        row.get("origin_branch", String.class),
                        row.get("title", String.class),
                        List.of(row.get("tags", String[].class)),
                        row.get("promoted_at", Instant.class),
                        row.get("accepted_answer_id", UUID.class) != null))
                .all();
    }

    Mono<Long> count() {
        return db.sql("SELECT count(*) FROM national_questions")
                .map(row -> row.get(0, Long.class))
                .one();
    }
}

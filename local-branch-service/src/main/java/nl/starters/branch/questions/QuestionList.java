package nl.starters.branch.questions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.starters.servicedefaults.members.Author;
import nl.starters.servicedefaults.web.PageRequest;
import nl.starters.servicedefaults.web.PageView;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The branch's questions, newest first, filtered as the reader asks and as moderation allows. */
@Component
class QuestionList {

    private final DatabaseClient db;

    QuestionList(DatabaseClient db) {
        this.db = db;
    }

    Mono<PageView<QuestionSummary>> page(QuestionFilter filter, String tag, Viewer viewer, PageRequest page) {
        String where = where(filter, tag, viewer);
        var items = query(
                        "SELECT q.id, q.title, q.tags, q.asked_at, q.edited_at, "
                                + Author.columns("a", "q.author_id")
                                + ", (SELECT count(*) FROM question_votes v WHERE v.question_id = q.id) AS votes, "
                                + answerCount(viewer) + " AS answer_count"
                                + ", q.accepted_answer_id IS NOT NULL AND " + viewer.sees("q.accepted_answer_id")
                                + " AS accepted FROM questions q " + Author.join("a", "q.author_id") + where
                                + " ORDER BY q.asked_at DESC, q.id DESC LIMIT :limit OFFSET :offset",
                        tag,
                        viewer)
                .bind("limit", page.size())
                .bind("offset", page.offset())
                .map(row -> new QuestionSummary(
                        row.get("id", UUID.class),
                        row.get("title", String.class),
                        List.of(row.get("tags", String[].class)),
                        row.get("asked_at", Instant.class),
                        row.get("edited_at", Instant.class),
                        Author.read(row, "a"),
                        row.get("votes", Long.class),
                        row.get("answer_count", Long.class),
                        Boolean.TRUE.equals(row.get("accepted", Boolean.class))))
                .all()
                .collectList();
        var total = query("SELECT count(*) FROM questions q" + where, tag, viewer)
                .map(row -> row.get(0, Long.class))
                .one();
        return Mono.zip(items, total)
                .map(result -> new PageView<>(result.getT1(), page.page(), page.size(), result.getT2()));
    }

    private static String where(QuestionFilter filter, String tag, Viewer viewer) {
        List<String> conditions = new ArrayList<>();
        conditions.add(viewer.sees("q.id"));
        if (filter == QuestionFilter.MINE) {
            conditions.add("q.author_id = :viewer");
        }
        if (filter == QuestionFilter.UNANSWERED) {
            conditions.add(answerCount(viewer) + " = 0");
        }
        if (tag != null) {
            conditions.add("q.tags @> ARRAY[CAST(:tag AS text)]");
        }
        return " WHERE " + String.join(" AND ", conditions);
    }

    private static String answerCount(Viewer viewer) {
        return "(SELECT count(*) FROM answers an WHERE an.question_id = q.id AND " + viewer.sees("an.id") + ")";
    }

    /** The statement with the filter's parameters bound (only those its SQL names). */
    private DatabaseClient.GenericExecuteSpec query(String sql, String tag, Viewer viewer) {
        var spec = db.sql(sql);
        if (sql.contains(":viewer")) {
            spec = spec.bind("viewer", viewer.memberId());
        }
        if (sql.contains(":tag")) {
            spec = spec.bind("tag", tag);
        }
        return spec;
    }
}

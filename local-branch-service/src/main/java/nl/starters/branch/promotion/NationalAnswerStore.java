package nl.starters.branch.promotion;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.starters.branch.questions.NationalAnswerSource;
import nl.starters.branch.questions.NationalAnswerView;
import nl.starters.servicedefaults.markdown.MarkdownRenderer;
import nl.starters.servicedefaults.members.Author;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The answers from other regions to this branch's questions: one row per answer id (so a record that
 * comes twice shows once), read back with the author's name from this branch's members copy.
 */
@Component
class NationalAnswerStore implements NationalAnswerSource {

    static final int MAX_ANSWERS = 100;

    private final DatabaseClient db;
    private final MarkdownRenderer markdown;

    NationalAnswerStore(DatabaseClient db, MarkdownRenderer markdown) {
        this.db = db;
        this.markdown = markdown;
    }

    /** Stores or updates the answer; empty when this branch has no such question. */
    Mono<Saved> save(NationalAnswerV1 answer, Instant now) {
        var insert = db.sql("""
                        INSERT INTO national_answers
                            (answer_id, question_id, author_id, author_branch, body, accepted, posted_at, received_at)
                        SELECT :answer, q.id, :author, :authorBranch, :body, :accepted, :postedAt, :now
                        FROM questions q WHERE q.id = :question
                        ON CONFLICT (answer_id) DO UPDATE SET body = EXCLUDED.body, accepted = EXCLUDED.accepted,
                            author_branch = EXCLUDED.author_branch
                        RETURNING (xmax = 0) AS inserted,
                            (SELECT author_id FROM questions WHERE id = :question) AS asker,
                            (SELECT title FROM questions WHERE id = :question) AS title""")
                .bind("answer", answer.answerId())
                .bind("question", answer.questionId())
                .bind("author", answer.authorId());
        insert = answer.authorBranch() == null
                ? insert.bindNull("authorBranch", String.class)
                : insert.bind("authorBranch", answer.authorBranch());
        return insert.bind("body", answer.body())
                .bind("accepted", answer.isAccepted())
                .bind("postedAt", answer.postedAt())
                .bind("now", now)
                .map(row -> new Saved(
                        Boolean.TRUE.equals(row.get("inserted", Boolean.class)),
                        row.get("asker", UUID.class),
                        row.get("title", String.class)))
                .one();
    }

    @Override
    public Mono<List<NationalAnswerView>> answersTo(UUID questionId) {
        return db.sql("SELECT na.answer_id, na.body, na.author_branch, na.accepted, na.posted_at, "
                        + Author.columns("a", "na.author_id") + " FROM national_answers na "
                        + Author.join("a", "na.author_id")
                        + " WHERE na.question_id = :question ORDER BY na.accepted DESC, na.posted_at, na.answer_id"
                        + " LIMIT " + MAX_ANSWERS)
                .bind("question", questionId)
                .map(row -> new NationalAnswerView(
                        row.get("answer_id", UUID.class),
                        markdown.toSafeHtml(row.get("body", String.class)),
                        Author.read(row, "a"),
                        row.get("author_branch", String.class),
                        Boolean.TRUE.equals(row.get("accepted", Boolean.class)),
                        row.get("posted_at", Instant.class)))
                .all()
                .collectList();
    }

    /** The outcome of storing a national answer, with what the asker's notification needs. */
    record Saved(boolean isNew, UUID askerId, String title) {}
}

package nl.starters.national.questions;

import static nl.starters.national.moderation.NationalModeration.questionServed;
import static nl.starters.national.moderation.NationalModeration.visible;
import static nl.starters.national.moderation.NationalModeration.visibleOrNull;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.starters.servicedefaults.markdown.MarkdownRenderer;
import nl.starters.servicedefaults.members.Author;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/** Reads a served national question with its visible answers; anything withdrawn or hidden is a 404. */
@Component
public class QuestionReads {

    private final DatabaseClient db;
    private final MarkdownRenderer markdown;
    private final Regions regions;

    QuestionReads(DatabaseClient db, MarkdownRenderer markdown, Regions regions) {
        this.db = db;
        this.markdown = markdown;
        this.regions = regions;
    }

    public Mono<NationalQuestionView> view(UUID id) {
        return question(id)
                .zipWith(answers(id))
                .map(both -> {
                    NationalQuestionView q = both.getT1();
                    return new NationalQuestionView(
                            q.id(),
                            q.originBranch(),
                            q.region(),
                            q.title(),
                            q.bodyHtml(),
                            q.tags(),
                            q.author(),
                            q.promotedAt(),
                            q.updatedAt(),
                            q.acceptedAnswerId(),
                            both.getT2());
                })
                .switchIfEmpty(Mono.error(notFound(id)));
    }

    /** One visible answer of a served question, or a 404. */
    public Mono<AnswerView> answer(UUID questionId, UUID answerId) {
        return answers(questionId)
                .flatMapIterable(answers -> answers)
                .filter(answer -> answer.id().equals(answerId))
                .next()
                .switchIfEmpty(Mono.error(new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "This national question has no answer " + answerId + ".")));
    }

    public static ResponseStatusException notFound(UUID id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no national question " + id + ".");
    }

    private Mono<NationalQuestionView> question(UUID id) {
        return db.sql("SELECT q.id, q.origin_branch, q.title, q.body, q.tags, q.promoted_at, q.updated_at,"
                        + " " + visibleOrNull("q.accepted_answer_id") + " AS accepted_answer_id, "
                        + Author.columns("m", "q.asker_id")
                        + " FROM national_questions q " + Author.join("m", "q.asker_id")
                        + " WHERE q.id = :id AND " + questionServed("q"))
                .bind("id", id)
                .map(row -> new NationalQuestionView(
                        row.get("id", UUID.class),
                        row.get("origin_branch", String.class),
                        regions.of(row.get("origin_branch", String.class)),
                        row.get("title", String.class),
                        markdown.toSafeHtml(row.get("body", String.class)),
                        List.of(row.get("tags", String[].class)),
                        Author.read(row, "m"),
                        row.get("promoted_at", Instant.class),
                        row.get("updated_at", Instant.class),
                        row.get("accepted_answer_id", UUID.class),
                        List.of()))
                .one();
    }

    private Mono<List<AnswerView>> answers(UUID questionId) {
        return db.sql("SELECT a.id, a.body, a.author_branch, a.posted_at, a.id = q.accepted_answer_id AS accepted, "
                        + Author.columns("m", "a.author_id")
                        + " FROM national_answers a JOIN national_questions q ON q.id = a.question_id "
                        + Author.join("m", "a.author_id")
                        + " WHERE a.question_id = :id AND " + questionServed("q") + " AND " + visible("a.id")
                        + " ORDER BY a.posted_at, a.id")
                .bind("id", questionId)
                .map(row -> new AnswerView(
                        row.get("id", UUID.class),
                        markdown.toSafeHtml(row.get("body", String.class)),
                        Author.read(row, "m"),
                        row.get("author_branch", String.class),
                        Boolean.TRUE.equals(row.get("accepted", Boolean.class)),
                        row.get("posted_at", Instant.class)))
                .all()
                .collectList();
    }
}

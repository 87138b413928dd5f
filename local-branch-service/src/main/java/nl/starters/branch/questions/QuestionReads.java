package nl.starters.branch.questions;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.starters.servicedefaults.markdown.MarkdownRenderer;
import nl.starters.servicedefaults.members.Author;
import nl.starters.servicedefaults.web.PageRequest;
import nl.starters.servicedefaults.web.PageView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * One question with its answers, votes and authors, as a given reader may see it (public: the
 * promotion answers with the promoted question's view).
 */
@Component
public class QuestionReads {

    static final int MAX_ANSWERS = 100;

    private final DatabaseClient db;
    private final MarkdownRenderer markdown;
    private final ObjectProvider<NationalAnswerSource> nationalAnswers;

    QuestionReads(DatabaseClient db, MarkdownRenderer markdown, ObjectProvider<NationalAnswerSource> nationalAnswers) {
        this.db = db;
        this.markdown = markdown;
        this.nationalAnswers = nationalAnswers;
    }

    /** The question as the caller sees it in this branch; empty when it is not there for them. */
    public Mono<QuestionView> view(UUID id, Jwt token, String branch) {
        return view(id, Viewer.of(token, branch));
    }

    Mono<QuestionView> view(UUID id, Viewer viewer) {
        return head(id, viewer)
                .flatMap(head -> Mono.zip(answers(head, viewer), nationalAnswersTo(head))
                        .map(both -> head.toView(both.getT1(), both.getT2(), viewer, markdown)));
    }

    private Mono<List<NationalAnswerView>> nationalAnswersTo(Head head) {
        NationalAnswerSource source = nationalAnswers.getIfAvailable();
        return source == null
                ? Mono.just(List.of())
                : source.answersTo(head.question().id());
    }

    private Mono<Head> head(UUID id, Viewer viewer) {
        return db.sql("SELECT q.id, q.author_id, q.title, q.body, q.tags, q.share_beyond_region, q.asked_at,"
                        + " q.edited_at, q.accepted_answer_id, q.promoted_at, " + Author.columns("a", "q.author_id")
                        + ", (SELECT count(*) FROM question_votes v WHERE v.question_id = q.id) AS votes"
                        + ", EXISTS (SELECT 1 FROM question_votes v WHERE v.question_id = q.id"
                        + " AND v.member_id = :viewer) AS voted_by_me"
                        + ", (SELECT count(*) FROM answers an WHERE an.question_id = q.id AND " + viewer.sees("an.id")
                        + ") AS answer_count"
                        + ", q.accepted_answer_id IS NOT NULL AND " + viewer.sees("q.accepted_answer_id")
                        + " AS accepted_visible FROM questions q " + Author.join("a", "q.author_id")
                        + " WHERE q.id = :id AND " + viewer.sees("q.id"))
                .bind("id", id)
                .bind("viewer", viewer.memberId())
                .map(row -> new Head(
                        Question.from(row),
                        Author.read(row, "a"),
                        row.get("votes", Long.class),
                        Boolean.TRUE.equals(row.get("voted_by_me", Boolean.class)),
                        row.get("answer_count", Long.class),
                        Boolean.TRUE.equals(row.get("accepted_visible", Boolean.class))))
                .one();
    }

    /** A page of the question's answers (accepted first, then oldest first); empty when the question isn't seen. */
    Mono<PageView<AnswerView>> answers(UUID questionId, Viewer viewer, PageRequest page) {
        return head(questionId, viewer)
                .flatMap(head -> answerQuery(
                                " ORDER BY accepted DESC, an.answered_at, an.id LIMIT :limit OFFSET :offset", viewer)
                        .bind("question", questionId)
                        .bind("limit", page.size())
                        .bind("offset", page.offset())
                        .map(row -> answer(row, viewer))
                        .all()
                        .collectList()
                        .map(items -> new PageView<>(items, page.page(), page.size(), head.answerCount())));
    }

    /** One answer to the question, if this viewer sees it. */
    Mono<AnswerView> answer(UUID questionId, UUID answerId, Viewer viewer) {
        return answerQuery(" AND an.id = :answer", viewer)
                .bind("question", questionId)
                .bind("answer", answerId)
                .map(row -> answer(row, viewer))
                .one();
    }

    private Mono<List<AnswerView>> answers(Head head, Viewer viewer) {
        return answerQuery(" ORDER BY accepted DESC, an.answered_at, an.id LIMIT " + MAX_ANSWERS, viewer)
                .bind("question", head.question().id())
                .map(row -> answer(row, viewer))
                .all()
                .collectList();
    }

    private DatabaseClient.GenericExecuteSpec answerQuery(String rest, Viewer viewer) {
        return db.sql("SELECT an.id, an.question_id, an.body, an.answered_at, an.edited_at,"
                + " (an.id = q.accepted_answer_id) IS TRUE AS accepted, " + Author.columns("a", "an.author_id")
                + " FROM answers an JOIN questions q ON q.id = an.question_id " + Author.join("a", "an.author_id")
                + " WHERE an.question_id = :question AND " + viewer.sees("an.id") + rest);
    }

    private AnswerView answer(Readable row, Viewer viewer) {
        Author author = Author.read(row, "a");
        String body = row.get("body", String.class);
        return new AnswerView(
                row.get("id", UUID.class),
                row.get("question_id", UUID.class),
                markdown.toSafeHtml(body),
                viewer.mayReadSourceOf(author.id()) ? body : null,
                author,
                row.get("answered_at", Instant.class),
                row.get("edited_at", Instant.class),
                Boolean.TRUE.equals(row.get("accepted", Boolean.class)));
    }

    /** The question's own row with what is counted around it. */
    private record Head(
            Question question,
            Author author,
            long votes,
            boolean votedByMe,
            long answerCount,
            boolean acceptedVisible) {

        UUID acceptedAnswerId() {
            return acceptedVisible ? question.acceptedAnswerId() : null;
        }

        QuestionView toView(
                List<AnswerView> answers,
                List<NationalAnswerView> nationalAnswers,
                Viewer viewer,
                MarkdownRenderer markdown) {
            return new QuestionView(
                    question.id(),
                    question.title(),
                    markdown.toSafeHtml(question.body()),
                    viewer.mayReadSourceOf(question.authorId()) ? question.body() : null,
                    question.tags(),
                    question.shareBeyondRegion(),
                    question.askedAt(),
                    question.editedAt(),
                    author,
                    votes,
                    votedByMe,
                    answerCount,
                    acceptedAnswerId(),
                    answers,
                    nationalAnswers,
                    question.promotedAt() != null);
        }
    }
}

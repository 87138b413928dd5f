package nl.starters.national.answers;

import static nl.starters.national.moderation.NationalModeration.questionServed;
import static nl.starters.national.moderation.NationalModeration.visible;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import nl.starters.national.activity.NationalActivity;
import nl.starters.national.questions.QuestionReads;
import nl.starters.servicedefaults.ids.Ids;
import nl.starters.servicedefaults.kafka.Topics;
import nl.starters.servicedefaults.outbox.Outbox;
import nl.starters.servicedefaults.outbox.OutgoingEvent;
import nl.starters.servicedefaults.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * Answers from members of any branch, and the asker's acceptance; each goes to the origin branch on
 * answers.national.v1 through the outbox, in the same transaction as the write, and a new answer is an
 * ANSWER activity of the national forum.
 */
@Service
class AnswerService {

    private final DatabaseClient db;
    private final Outbox outbox;
    private final TransactionalOperator transaction;
    private final NationalActivity activity;
    private final Clock clock;

    AnswerService(
            DatabaseClient db,
            Outbox outbox,
            TransactionalOperator transaction,
            NationalActivity activity,
            Clock clock) {
        this.db = db;
        this.outbox = outbox;
        this.transaction = transaction;
        this.activity = activity;
        this.clock = clock;
    }

    /** The new answer's id; 404 when the question is not (or no longer) served. */
    Mono<UUID> answer(Caller answerer, UUID questionId, String body) {
        UUID id = Ids.newId();
        Instant now = clock.instant();
        return transaction.transactional(lockQuestion(questionId)
                .flatMap(question -> db.sql("""
                                INSERT INTO national_answers (id, question_id, author_id, author_branch, body, posted_at)
                                VALUES (:id, :question, :author, :branch, :body, :at)""")
                        .bind("id", id)
                        .bind("question", questionId)
                        .bind("author", answerer.memberId())
                        .bind("branch", answerer.branch())
                        .bind("body", body)
                        .bind("at", now)
                        .then()
                        .then(publish(new NationalAnswerPostedV1(
                                id,
                                questionId,
                                question.originBranch(),
                                answerer.memberId(),
                                answerer.branch(),
                                body,
                                false,
                                now)))
                        .then(activity.answered(answerer.memberId(), id, questionId)))
                .thenReturn(id));
    }

    /** Only the asker accepts; accepting the accepted answer again changes nothing and publishes nothing. */
    Mono<Void> accept(Caller caller, UUID questionId, UUID answerId) {
        return transaction.transactional(lockQuestion(questionId).flatMap(question -> {
            if (!question.askerId().equals(caller.memberId())) {
                return Mono.error(new ResponseStatusException(
                        HttpStatus.FORBIDDEN, "Only the member who asked this question can accept an answer."));
            }
            return answerOf(questionId, answerId, question.originBranch())
                    .switchIfEmpty(Mono.error(new ResponseStatusException(
                            HttpStatus.NOT_FOUND, "This national question has no answer " + answerId + ".")))
                    .flatMap(answer -> answerId.equals(question.acceptedAnswerId())
                            ? Mono.empty()
                            : moveAcceptance(question, answer));
        }));
    }

    private Mono<Void> moveAcceptance(LockedQuestion question, NationalAnswerPostedV1 answer) {
        Mono<Void> previous = question.acceptedAnswerId() == null
                ? Mono.empty()
                : answerOf(question.id(), question.acceptedAnswerId(), question.originBranch())
                        .flatMap(old -> publish(old.accepted(false)));
        return db.sql("UPDATE national_questions SET accepted_answer_id = :answer WHERE id = :id")
                .bind("answer", answer.answerId())
                .bind("id", question.id())
                .then()
                .then(previous)
                .then(publish(answer.accepted(true)));
    }

    private Mono<Void> publish(NationalAnswerPostedV1 answer) {
        return outbox.append(OutgoingEvent.of(
                Topics.ANSWERS_NATIONAL, answer.questionId().toString(), NationalAnswerPostedV1.TYPE, answer));
    }

    private Mono<LockedQuestion> lockQuestion(UUID id) {
        return db.sql("SELECT q.id, q.origin_branch, q.asker_id, q.accepted_answer_id FROM national_questions q"
                        + " WHERE q.id = :id AND " + questionServed("q") + " FOR UPDATE")
                .bind("id", id)
                .map(row -> new LockedQuestion(
                        row.get("id", UUID.class),
                        row.get("origin_branch", String.class),
                        row.get("asker_id", UUID.class),
                        row.get("accepted_answer_id", UUID.class)))
                .one()
                .switchIfEmpty(Mono.error(() -> QuestionReads.notFound(id)));
    }

    private Mono<NationalAnswerPostedV1> answerOf(UUID questionId, UUID answerId, String originBranch) {
        return db.sql("SELECT id, author_id, author_branch, body, posted_at FROM national_answers a"
                        + " WHERE a.id = :id AND a.question_id = :question AND " + visible("a.id"))
                .bind("id", answerId)
                .bind("question", questionId)
                .map(row -> new NationalAnswerPostedV1(
                        row.get("id", UUID.class),
                        questionId,
                        originBranch,
                        row.get("author_id", UUID.class),
                        row.get("author_branch", String.class),
                        row.get("body", String.class),
                        null,
                        row.get("posted_at", Instant.class)))
                .one();
    }

    private record LockedQuestion(UUID id, String originBranch, UUID askerId, UUID acceptedAnswerId) {}
}

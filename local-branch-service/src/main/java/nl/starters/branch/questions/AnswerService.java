package nl.starters.branch.questions;

import java.time.Clock;
import java.util.UUID;
import nl.starters.branch.activity.ActivityRecorder;
import nl.starters.branch.activity.ActivityType;
import nl.starters.branch.notifications.NotificationType;
import nl.starters.branch.notifications.Notifications;
import nl.starters.branch.replies.ReplyPromises;
import nl.starters.servicedefaults.ids.Ids;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * Answering a local question and accepting an answer. A staff answer keeps the reply promise; an
 * answer by someone else tells the asker. Accepting is for the asker or staff of this branch, and
 * moves the acceptance when another answer was accepted. Each write is one transaction.
 */
@Service
public class AnswerService {

    private final QuestionRepository questions;
    private final AnswerRepository answers;
    private final ActivityRecorder activity;
    private final ReplyPromises replies;
    private final Notifications notifications;
    private final TransactionalOperator transaction;
    private final Clock clock;

    AnswerService(
            QuestionRepository questions,
            AnswerRepository answers,
            ActivityRecorder activity,
            ReplyPromises replies,
            Notifications notifications,
            TransactionalOperator transaction,
            Clock clock) {
        this.questions = questions;
        this.answers = answers;
        this.activity = activity;
        this.replies = replies;
        this.notifications = notifications;
        this.transaction = transaction;
        this.clock = clock;
    }

    Mono<UUID> answer(Viewer answerer, UUID questionId, AnswerRequest request) {
        UUID id = Ids.newId();
        return questions
                .findForUpdate(questionId, answerer)
                .switchIfEmpty(Mono.error(new QuestionNotFound(questionId)))
                .flatMap(question -> answers.insert(
                                id, questionId, answerer.memberId(), request.body(), clock.instant())
                        .then(activity.recordReply(ActivityType.ANSWER, answerer.memberId(), id, questionId))
                        .then(answerer.staff() ? replies.staffReplied(questionId, answerer.memberId()) : Mono.empty())
                        .then(question.askedBy(answerer.memberId()) ? Mono.empty() : tellTheAsker(question)))
                .as(transaction::transactional)
                .thenReturn(id);
    }

    Mono<Void> accept(Viewer accepter, UUID questionId, UUID answerId) {
        return questions
                .findForUpdate(questionId, accepter)
                .switchIfEmpty(Mono.error(new QuestionNotFound(questionId)))
                .flatMap(question -> {
                    if (!accepter.staff() && !question.askedBy(accepter.memberId())) {
                        return Mono.error(new ResponseStatusException(
                                HttpStatus.FORBIDDEN, "Only the asker or staff of this branch may accept an answer."));
                    }
                    return answers.exists(questionId, answerId, accepter)
                            .filter(Boolean::booleanValue)
                            .switchIfEmpty(Mono.error(new AnswerNotFound(questionId, answerId)))
                            .then(questions.accept(questionId, answerId));
                })
                .as(transaction::transactional);
    }

    private Mono<Void> tellTheAsker(Question question) {
        return notifications.notify(
                question.authorId(),
                NotificationType.ANSWER_TO_MY_QUESTION,
                question.id(),
                "Your question \u201c" + question.title() + "\u201d has a new answer.");
    }
}

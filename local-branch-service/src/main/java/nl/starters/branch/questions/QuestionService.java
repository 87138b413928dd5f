package nl.starters.branch.questions;

import java.time.Clock;
import java.util.UUID;
import nl.starters.branch.activity.ActivityRecorder;
import nl.starters.branch.activity.ActivityType;
import nl.starters.branch.replies.ReplyKind;
import nl.starters.branch.replies.ReplyPromises;
import nl.starters.servicedefaults.ids.Ids;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Asking and editing local questions. Asking opens the reply promise (unless staff ask) and records
 * the activity; an edit, by its asker or staff of this branch, tells the change listeners. Each write
 * is one transaction.
 */
@Service
public class QuestionService {

    private final QuestionRepository questions;
    private final ActivityRecorder activity;
    private final ReplyPromises replies;
    private final ObjectProvider<QuestionChangeListener> listeners;
    private final TransactionalOperator transaction;
    private final Clock clock;

    QuestionService(
            QuestionRepository questions,
            ActivityRecorder activity,
            ReplyPromises replies,
            ObjectProvider<QuestionChangeListener> listeners,
            TransactionalOperator transaction,
            Clock clock) {
        this.questions = questions;
        this.activity = activity;
        this.replies = replies;
        this.listeners = listeners;
        this.transaction = transaction;
        this.clock = clock;
    }

    Mono<UUID> ask(Viewer asker, QuestionRequest request) {
        return Mono.fromSupplier(() -> new Question(
                        Ids.newId(),
                        asker.memberId(),
                        request.title(),
                        request.body(),
                        Tags.normalise(request.tags()),
                        request.sharing(),
                        clock.instant(),
                        null,
                        null,
                        null))
                .flatMap(question -> questions
                        .insert(question)
                        .then(activity.record(ActivityType.QUESTION_ASKED, asker.memberId(), question.id()))
                        .then(asker.staff() ? Mono.empty() : promiseAReply(question))
                        .as(transaction::transactional)
                        .thenReturn(question.id()));
    }

    Mono<Void> edit(Viewer editor, UUID id, QuestionRequest request) {
        return Mono.fromSupplier(() -> Tags.normalise(request.tags()))
                .flatMap(tags -> questions
                        .findForUpdate(id, editor)
                        .switchIfEmpty(Mono.error(new QuestionNotFound(id)))
                        .flatMap(before -> {
                            if (!editor.staff() && !before.askedBy(editor.memberId())) {
                                return Mono.error(new ResponseStatusException(
                                        HttpStatus.FORBIDDEN,
                                        "Only the asker or staff of this branch may edit a question."));
                            }
                            var after = new Question(
                                    before.id(),
                                    before.authorId(),
                                    request.title(),
                                    request.body(),
                                    tags,
                                    request.sharing(),
                                    before.askedAt(),
                                    clock.instant(),
                                    before.acceptedAnswerId(),
                                    before.promotedAt());
                            return questions.update(after).then(changed(before, after));
                        })
                        .as(transaction::transactional));
    }

    /** Every question a member asks waits for a first staff reply (the inbox shows it). */
    private Mono<Void> promiseAReply(Question question) {
        return replies.open(ReplyKind.QUESTION, question.id(), question.title());
    }

    /** Where a changed question reaches whoever keeps a copy of it (the promotion of issue 6). */
    private Mono<Void> changed(Question before, Question after) {
        return Flux.fromStream(listeners::orderedStream)
                .concatMap(listener -> listener.questionChanged(before, after))
                .then();
    }
}

package nl.starters.branch.questions;

import java.time.Clock;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * "Me too" votes on a question: one per member (the primary key sees to it), so voting twice or taking
 * back a vote that is not there changes nothing and answers the current count. A new vote tells the
 * vote listeners in its transaction (the promotion promotes at a threshold).
 */
@Component
class Votes {

    private final DatabaseClient db;
    private final ObjectProvider<QuestionVoteListener> listeners;
    private final TransactionalOperator transaction;
    private final Clock clock;

    Votes(
            DatabaseClient db,
            ObjectProvider<QuestionVoteListener> listeners,
            TransactionalOperator transaction,
            Clock clock) {
        this.db = db;
        this.listeners = listeners;
        this.transaction = transaction;
        this.clock = clock;
    }

    Mono<VoteView> vote(Viewer voter, UUID questionId) {
        return db.sql("INSERT INTO question_votes (question_id, member_id, voted_at)"
                        + " SELECT q.id, :member, :now FROM questions q WHERE q.id = :question AND "
                        + voter.sees("q.id") + " ON CONFLICT (question_id, member_id) DO NOTHING")
                .bind("question", questionId)
                .bind("member", voter.memberId())
                .bind("now", clock.instant())
                .fetch()
                .rowsUpdated()
                .flatMap(added -> added > 0 ? voted(questionId) : Mono.empty())
                .as(transaction::transactional)
                .then(current(voter, questionId));
    }

    private Mono<Void> voted(UUID questionId) {
        return Flux.fromStream(listeners::orderedStream)
                .concatMap(listener -> listener.voted(questionId))
                .then();
    }

    Mono<VoteView> withdraw(Viewer voter, UUID questionId) {
        return db.sql("DELETE FROM question_votes WHERE question_id = :question AND member_id = :member"
                        + " AND EXISTS (SELECT 1 FROM questions q WHERE q.id = :question AND " + voter.sees("q.id")
                        + ")")
                .bind("question", questionId)
                .bind("member", voter.memberId())
                .then()
                .then(current(voter, questionId));
    }

    /** The count as the voter now sees it; not found when the question is not there for them. */
    private Mono<VoteView> current(Viewer voter, UUID questionId) {
        return db.sql("SELECT (SELECT count(*) FROM question_votes v WHERE v.question_id = q.id) AS votes,"
                        + " EXISTS (SELECT 1 FROM question_votes v WHERE v.question_id = q.id"
                        + " AND v.member_id = :member) AS mine FROM questions q WHERE q.id = :question AND "
                        + voter.sees("q.id"))
                .bind("question", questionId)
                .bind("member", voter.memberId())
                .map(row -> new VoteView(
                        questionId, row.get("votes", Long.class), Boolean.TRUE.equals(row.get("mine", Boolean.class))))
                .one()
                .switchIfEmpty(Mono.error(new QuestionNotFound(questionId)));
    }
}

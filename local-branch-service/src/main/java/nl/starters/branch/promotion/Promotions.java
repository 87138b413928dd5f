package nl.starters.branch.promotion;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import nl.starters.branch.activity.ActivityRecorder;
import nl.starters.branch.activity.ActivityType;
import nl.starters.branch.notifications.NotificationType;
import nl.starters.branch.notifications.Notifications;
import nl.starters.branch.questions.Question;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * Promotes a question to the national forum: marks it promoted, writes its first SHARED version to the
 * outbox, records the activity and tells the asker, all in one transaction. Only a question its asker
 * consented to share and moderation left visible; a promoted question is not promoted twice.
 */
@Service
class Promotions {

    private final PromotionStore store;
    private final PromotionEvents events;
    private final ActivityRecorder activity;
    private final Notifications notifications;
    private final PromotionProperties properties;
    private final TransactionalOperator transaction;
    private final Clock clock;

    Promotions(
            PromotionStore store,
            PromotionEvents events,
            ActivityRecorder activity,
            Notifications notifications,
            PromotionProperties properties,
            TransactionalOperator transaction,
            Clock clock) {
        this.store = store;
        this.events = events;
        this.activity = activity;
        this.notifications = notifications;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Staff promote: a clear problem when it may not be promoted, nothing new when it already is. */
    Mono<Void> promote(UUID questionId, UUID staffId) {
        return store.lock(questionId)
                .switchIfEmpty(Mono.error(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "This branch has no question " + questionId + ".")))
                .flatMap(candidate -> {
                    if (!candidate.visible()) {
                        return Mono.error(new ResponseStatusException(
                                HttpStatus.CONFLICT,
                                "This question is "
                                        + candidate.moderation().name().toLowerCase()
                                        + " by moderation; restore it before promoting it."));
                    }
                    if (!candidate.question().shareBeyondRegion()) {
                        return Mono.error(new ResponseStatusException(
                                HttpStatus.CONFLICT,
                                "The asker did not consent to sharing this question beyond the region"
                                        + " (shareBeyondRegion is false), so it cannot be promoted."));
                    }
                    return candidate.promoted() ? Mono.empty() : promoteNow(candidate.question(), staffId);
                })
                .as(transaction::transactional);
    }

    /**
     * Promotes without staff once enough members said "me too", if the asker consented and moderation
     * left it visible; runs in the caller's transaction (a vote, or an edit that gave the consent).
     */
    Mono<Void> promoteIfDue(UUID questionId) {
        return store.lock(questionId)
                .filter(candidate ->
                        candidate.visible() && candidate.question().shareBeyondRegion() && !candidate.promoted())
                .flatMap(candidate -> store.votes(questionId)
                        .filter(votes -> votes >= properties.votesThreshold())
                        .flatMap(votes -> promoteNow(candidate.question(), null)));
    }

    /** {@code promoterId} null: the branch promoted it by itself (the votes threshold). */
    private Mono<Void> promoteNow(Question question, UUID promoterId) {
        // as PostgreSQL keeps it, so every later version carries the very same promotedAt
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return store.promoted(question.id(), now)
                .then(events.publish(question, PromotionStatus.SHARED, now))
                .then(activity.record(ActivityType.QUESTION_PROMOTED, promoterId, question.id()))
                .then(notifications.notify(
                        question.authorId(),
                        NotificationType.MY_QUESTION_PROMOTED,
                        question.id(),
                        "Your question \"" + shortened(question.title())
                                + "\" was shared with the national forum: members of other regions can answer it."));
    }

    private static String shortened(String title) {
        return title.length() > 80 ? title.substring(0, 77) + "..." : title;
    }
}

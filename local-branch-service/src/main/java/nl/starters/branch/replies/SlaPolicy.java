package nl.starters.branch.replies;

import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The reply promise in working time: when a first staff reply is due, where an item stands now, and
 * whether a reply came too late. Everything is measured on the branch's {@link WorkingCalendar}.
 */
@Component
@EnableConfigurationProperties(ReplyPromiseProperties.class)
class SlaPolicy {

    private final WorkingCalendar calendar;
    private final Duration target;
    private final Duration dueSoon;

    SlaPolicy(ReplyPromiseProperties properties) {
        this.calendar = properties.calendar();
        this.target = properties.target();
        this.dueSoon = properties.dueSoon();
    }

    /** The last moment a first reply keeps the promise (see {@link WorkingCalendar#plus}). */
    Instant dueAt(Instant waitingSince) {
        return calendar.plus(waitingSince, target);
    }

    /** Working time left until {@code dueAt}; negative once the promise is broken. */
    Duration workingTimeLeft(Instant dueAt, Instant now) {
        return calendar.between(now, dueAt);
    }

    SlaState state(Duration workingTimeLeft) {
        if (workingTimeLeft.isNegative()) {
            return SlaState.BREACHED;
        }
        return workingTimeLeft.compareTo(dueSoon) < 0 ? SlaState.DUE_SOON : SlaState.ON_TIME;
    }

    /** Working time a reply took. */
    Duration workingTime(Instant waitingSince, Instant repliedAt) {
        return calendar.between(waitingSince, repliedAt);
    }

    boolean breached(Instant waitingSince, Instant repliedAt) {
        return workingTime(waitingSince, repliedAt).compareTo(target) > 0;
    }
}

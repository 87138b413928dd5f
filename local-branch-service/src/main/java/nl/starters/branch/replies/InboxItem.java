package nl.starters.branch.replies;

import java.time.Instant;
import java.util.UUID;

/**
 * One thing still waiting for a first staff reply, as the staff inbox shows it.
 *
 * @param id the question, or the post whose comment thread waits
 * @param dueAt the last moment a first reply keeps the promise
 * @param workingTimeLeft ISO-8601 duration of working time until {@code dueAt}, e.g. {@code PT3H15M};
 *     negative ({@code -PT1H}) once breached
 */
public record InboxItem(
        UUID id,
        ReplyKind kind,
        String title,
        Instant waitingSince,
        Instant dueAt,
        SlaState slaState,
        String workingTimeLeft) {}

package nl.starters.branch.moderation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.starters.servicedefaults.members.Author;

/**
 * A piece of content as moderators see it: what it is, who wrote it (staff keep their badge), the
 * flags in question and the latest staff decision on it.
 *
 * @param title as its feature names it now; null when the content no longer exists
 * @param flagCount for hidden content the flags waiting for review; for decided content the flags
 *     that decision reviewed
 * @param reasons the flaggers' reasons, oldest first (at most 20; never who gave them)
 * @param since when the content entered its current state
 * @param decidedBy the latest staff decision (for hidden content: an earlier restore, if any)
 */
record ModerationItem(
        String kind,
        UUID id,
        String title,
        Author author,
        ModerationState state,
        long flagCount,
        List<String> reasons,
        Instant since,
        Author decidedBy,
        Instant decidedAt,
        String reason) {

    ModerationItem withContent(String title, Author author) {
        return new ModerationItem(
                kind, id, title, author, state, flagCount, reasons, since, decidedBy, decidedAt, reason);
    }
}

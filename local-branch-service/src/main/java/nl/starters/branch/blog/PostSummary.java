package nl.starters.branch.blog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.starters.servicedefaults.members.Author;

/**
 * A post in the branch feed: enough to show a card (author with the staff badge, comment count, "edited"),
 * without its body.
 */
record PostSummary(
        UUID id,
        String title,
        List<String> tags,
        boolean draft,
        Instant publishedAt,
        Instant editedAt,
        Author author,
        long commentCount) {}

package nl.starters.branch.questions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A local question as stored: the Markdown source, the asker's consent to share it beyond the region,
 * and the accepted answer. Public because listeners of its changes (the promotion of issue 6) read it.
 *
 * @param promotedAt when it was promoted to the national forum; null while it is local only
 */
public record Question(
        UUID id,
        UUID authorId,
        String title,
        String body,
        List<String> tags,
        boolean shareBeyondRegion,
        Instant askedAt,
        Instant editedAt,
        UUID acceptedAnswerId,
        Instant promotedAt) {

    boolean askedBy(UUID memberId) {
        return authorId.equals(memberId);
    }
}

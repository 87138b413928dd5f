package nl.starters.branch.questions;

import io.r2dbc.spi.Readable;
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

    /** A question from a row of {@code questions} (all its columns). */
    public static Question from(Readable row) {
        return new Question(
                row.get("id", UUID.class),
                row.get("author_id", UUID.class),
                row.get("title", String.class),
                row.get("body", String.class),
                List.of(row.get("tags", String[].class)),
                Boolean.TRUE.equals(row.get("share_beyond_region", Boolean.class)),
                row.get("asked_at", Instant.class),
                row.get("edited_at", Instant.class),
                row.get("accepted_answer_id", UUID.class),
                row.get("promoted_at", Instant.class));
    }
}

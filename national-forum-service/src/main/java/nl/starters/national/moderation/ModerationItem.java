package nl.starters.national.moderation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Hidden content waiting for a coordinator: what it is, whose, how often and why it was flagged. */
record ModerationItem(
        ContentKind kind,
        UUID id,
        String excerpt,
        UUID authorId,
        long flags,
        List<String> reasons,
        String state,
        Instant since) {}

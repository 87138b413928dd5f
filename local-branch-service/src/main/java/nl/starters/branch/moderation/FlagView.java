package nl.starters.branch.moderation;

import java.time.Instant;
import java.util.UUID;

/**
 * The caller's flag on a piece of content.
 *
 * @param contentHidden whether the content is now hidden pending staff review
 */
record FlagView(String kind, UUID id, String reason, Instant flaggedAt, boolean contentHidden) {}

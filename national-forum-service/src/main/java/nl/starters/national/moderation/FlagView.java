package nl.starters.national.moderation;

import java.time.Instant;
import java.util.UUID;

/** The caller's flag on a piece of content (one per member and content). */
record FlagView(ContentKind kind, UUID id, String reason, Instant flaggedAt) {}

package nl.starters.branch.moderation;

/** Where a piece of content stands in moderation; content never flagged has no state and is visible. */
public enum ModerationState {
    VISIBLE,
    /** Hidden from members until staff review it (enough flags, or one from a trusted member). */
    HIDDEN,
    /** Removed by staff; its author was told why. */
    REMOVED
}

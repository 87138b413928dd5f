package nl.starters.branch.replies;

/** What waits for a first staff reply. */
public enum ReplyKind {
    QUESTION,
    COMMENT_THREAD
}

package nl.starters.branch.replies;

/** Where a waiting item stands against the reply promise. */
public enum SlaState {
    ON_TIME,
    /** Less than {@code due-soon} working time left. */
    DUE_SOON,
    /** More working time has passed than the target: the promise is broken. */
    BREACHED
}

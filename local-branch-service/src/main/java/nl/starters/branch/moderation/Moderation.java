package nl.starters.branch.moderation;

/**
 * What content features need from moderation in their SQL: members see only content nobody has hidden
 * or removed; staff of the branch review hidden content in place, so they see all but what was removed.
 */
public final class Moderation {

    private Moderation() {}

    /** A condition true when the content whose id is {@code idColumn} is neither hidden nor removed. */
    public static String visible(String idColumn) {
        return "NOT EXISTS (SELECT 1 FROM moderation_states ms WHERE ms.subject_id = " + idColumn
                + " AND ms.state <> 'VISIBLE')";
    }

    /** A condition true when the content whose id is {@code idColumn} was not removed (what staff see). */
    public static String notRemoved(String idColumn) {
        return "NOT EXISTS (SELECT 1 FROM moderation_states ms WHERE ms.subject_id = " + idColumn
                + " AND ms.state = 'REMOVED')";
    }

    /** {@link #notRemoved} for staff of this branch, {@link #visible} for everybody else. */
    public static String visibleTo(boolean staffOfBranch, String idColumn) {
        return staffOfBranch ? notRemoved(idColumn) : visible(idColumn);
    }
}

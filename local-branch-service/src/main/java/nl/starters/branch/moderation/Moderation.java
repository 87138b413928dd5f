package nl.starters.branch.moderation;

/** What content features need from moderation in their SQL: only content nobody has hidden or removed. */
public final class Moderation {

    private Moderation() {}

    /** A condition true when the content whose id is {@code idColumn} is neither hidden nor removed. */
    public static String visible(String idColumn) {
        return "NOT EXISTS (SELECT 1 FROM moderation_states ms WHERE ms.subject_id = " + idColumn
                + " AND ms.state <> 'VISIBLE')";
    }
}

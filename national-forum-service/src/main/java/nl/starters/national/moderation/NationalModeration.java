package nl.starters.national.moderation;

/** What the forum's queries need from moderation: only content no coordinator or flags have taken away. */
public final class NationalModeration {

    private NationalModeration() {}

    /** A condition true when the content whose id is {@code idColumn} is neither hidden nor removed. */
    public static String visible(String idColumn) {
        return "NOT EXISTS (SELECT 1 FROM national_moderation nm WHERE nm.subject_id = " + idColumn
                + " AND nm.state <> 'VISIBLE')";
    }

    /** The id when moderation has not taken that content away, else NULL (a removed accepted answer accepts nothing). */
    public static String visibleOrNull(String idColumn) {
        return "CASE WHEN " + visible(idColumn) + " THEN " + idColumn + " END";
    }

    /** A national question is served while its branch shares it and moderation has not taken it away. */
    public static String questionServed(String alias) {
        return alias + ".status = 'SHARED' AND " + visible(alias + ".id");
    }
}

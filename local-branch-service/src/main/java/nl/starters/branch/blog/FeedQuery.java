package nl.starters.branch.blog;

import nl.starters.servicedefaults.members.Author;

/**
 * The branch home feed as ONE statement: a page of posts newest first, each with its author's display
 * name and staff badge and its comment count, and the feed's total on every row (one extra row with
 * only the total when the page is empty). Public so {@code bench/} runs the very same SQL through
 * pgbench: the parameters {@code :limit} and {@code :offset} are pgbench's variable syntax too.
 *
 * <p>The total of an unfiltered feed comes from {@code post_counts} (kept by a trigger) minus the few
 * moderated posts, so no request counts every published post.
 */
public final class FeedQuery {

    /** The feed anonymous readers and members get: published posts nobody hid or removed. */
    public static final String PUBLIC = published(Visibility.MEMBERS, false);

    private static final String PUBLIC_BY_TAG = published(Visibility.MEMBERS, true);
    private static final String STAFF = published(Visibility.STAFF, false);
    private static final String STAFF_BY_TAG = published(Visibility.STAFF, true);
    private static final String DRAFTS = drafts();

    private FeedQuery() {}

    /** The statement for this audience: drafts (staff), or published posts, with {@code :tag} or without. */
    static String of(Visibility visibility, boolean drafts, boolean byTag) {
        if (drafts) {
            return DRAFTS;
        }
        if (visibility == Visibility.STAFF) {
            return byTag ? STAFF_BY_TAG : STAFF;
        }
        return byTag ? PUBLIC_BY_TAG : PUBLIC;
    }

    /** Published posts for this audience, optionally only those carrying {@code :tag}. */
    private static String published(Visibility visibility, boolean byTag) {
        String tag = byTag ? " AND p.tags @> ARRAY[CAST(:tag AS text)]" : "";
        String total = byTag
                ? "SELECT count(*) FROM posts p WHERE NOT p.draft" + tag + " AND " + visibility.visible("p.id")
                : "SELECT (SELECT published FROM post_counts) - (SELECT count(*) FROM moderation_states ms"
                        + " JOIN posts h ON h.id = ms.subject_id AND NOT h.draft WHERE "
                        + visibility.moderatedAway("ms.state") + ")";
        return statement("NOT p.draft" + tag, "published_at", total, visibility);
    }

    /** Drafts (staff only), newest written first. */
    private static String drafts() {
        String visible = Visibility.STAFF.visible("p.id");
        return statement(
                "p.draft", "created_at", "SELECT count(*) FROM posts p WHERE p.draft AND " + visible, Visibility.STAFF);
    }

    private static String statement(String where, String order, String total, Visibility visibility) {
        return """
                WITH page AS (
                    SELECT p.id, p.title, p.tags, p.draft, p.created_at, p.published_at, p.edited_at, p.author_id
                    FROM posts p
                    WHERE %1$s AND %2$s
                    ORDER BY p.%3$s DESC, p.id DESC
                    LIMIT :limit OFFSET :offset)
                SELECT t.total, page.id, page.title, page.tags, page.draft, page.published_at, page.edited_at,
                    %4$s,
                    (SELECT count(*) FROM comments c WHERE c.post_id = page.id AND %5$s) AS comment_count
                FROM (%6$s) AS t (total)
                LEFT JOIN (page %7$s) ON true
                ORDER BY page.%3$s DESC, page.id DESC""".formatted(
                        where,
                        visibility.visible("p.id"),
                        order,
                        Author.columns("a", "page.author_id"),
                        visibility.visible("c.id"),
                        total,
                        Author.join("a", "page.author_id"));
    }
}

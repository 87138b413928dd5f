package nl.starters.bench.feed;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Which page of the feed a reader asks for: half of the requests the first page, the other half pages 1 to 5
 * (one tenth each), 20 posts a page. The HTTP clients and pgbench draw from this same mix: {@link #page} for
 * the one, {@link #PGBENCH} (the same rule in pgbench's expression language) for the other.
 */
final class PageMix {

    static final int SIZE = 20;

    /** Sets pgbench's {@code :limit} and {@code :offset}, the parameter names of the feed statement. */
    static final String PGBENCH = """
            \\set r random(0, 9)
            \\set limit %d
            \\set offset %d * CASE WHEN :r < 5 THEN 0 ELSE :r - 4 END
            """.formatted(SIZE, SIZE);

    private PageMix() {}

    static int page(int r) {
        return r < 5 ? 0 : r - 4;
    }

    static String randomPath(String branch) {
        return "/api/branches/" + branch + "/posts?page="
                + page(ThreadLocalRandom.current().nextInt(10)) + "&size=" + SIZE;
    }
}

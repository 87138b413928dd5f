package nl.starters.bench.feed;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A branch with some history, written with SQL into the schema the service migrated: members in the read
 * copy (some staff, some erased), staff's posts (published and drafts, Markdown bodies of about 1.5 kB, some
 * edited), members' comments (0 to 10 a post), and a little moderation (hidden, removed and restored posts and
 * comments). Then VACUUM ANALYZE, so both the service and pgbench meet the same statistics and visibility map.
 */
final class FeedData {

    record Sizes(int members, int staff, int erased, int posts, int drafts) {}

    record Counts(long members, long published, long drafts, long comments, long moderated, long visibleInFeed) {
        @Override
        public String toString() {
            return "%d members (read copy), %d published posts (%d in the public feed), %d drafts, %d comments, %d moderation states"
                    .formatted(members, published, visibleInFeed, drafts, comments, moderated);
        }
    }

    private FeedData() {}

    static Counts seed(Connection connection, Sizes sizes) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("SELECT setseed(0.5)");
            sql.execute("""
                    INSERT INTO members (id, display_name, staff, home_branch, erased, updated_at)
                    SELECT gen_random_uuid(),
                        CASE WHEN i <= %1$d THEN 'Medewerker ' ELSE 'Starter ' END || i,
                        i <= %1$d, 'utrecht', i > %2$d - %3$d, now()
                    FROM generate_series(1, %2$d) i""".formatted(sizes.staff(), sizes.members(), sizes.erased()));
            sql.execute("""
                    CREATE TEMP TABLE staff_ids AS
                        SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM members WHERE staff""");
            sql.execute("""
                    CREATE TEMP TABLE member_ids AS
                        SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM members WHERE NOT staff""");
            // posts newest first every 4 hours (5,000 posts: over two years); every 7th edited; the last ones drafts
            sql.execute("""
                    INSERT INTO posts (id, author_id, title, body, tags, draft, created_at, published_at, edited_at)
                    SELECT gen_random_uuid(), s.id,
                        (ARRAY['Je eerste klant', 'Btw-aangifte zonder stress', 'Financiering voor starters',
                            'Netwerken in Utrecht', 'Je eerste medewerker', 'Een bedrijfsplan dat werkt',
                            'Zichtbaar online', 'Verzekeringen voor zzp''ers'])[1 + i %% 8] || ' (' || i || ')',
                        repeat(E'## Waar begin je?\\n\\nEen alinea over ondernemen met **nadruk**, een'
                            || E' [link](https://example.nl/' || i || E') en een lijst:\\n\\n- een\\n- twee\\n\\n', 8),
                        string_to_array((ARRAY['financiering', 'marketing,online', 'belasting', 'netwerk,utrecht',
                            'personeel,financiering,tips'])[1 + i %% 5], ','),
                        i > %1$d,
                        now() - i * interval '4 hours' - interval '1 day',
                        CASE WHEN i <= %1$d THEN now() - i * interval '4 hours' END,
                        CASE WHEN i <= %1$d AND i %% 7 = 0 THEN now() - i * interval '4 hours' + interval '2 hours' END
                    FROM generate_series(1, %2$d) i
                    JOIN staff_ids s ON s.n = i %% (SELECT count(*) FROM staff_ids)""".formatted(sizes.posts(), sizes.posts() + sizes.drafts()));
            sql.execute("""
                    INSERT INTO comments (id, post_id, author_id, body, created_at)
                    SELECT gen_random_uuid(), p.id, m.id,
                        'Dank voor de tips! Vraag ' || k || E': hoe pak ik dat aan als eenmanszaak?\\n\\nGroet',
                        p.published_at + k * interval '37 minutes'
                    FROM (SELECT id, published_at, floor(random() * 11)::int AS n FROM posts WHERE NOT draft) p
                    CROSS JOIN LATERAL generate_series(1, p.n) k
                    JOIN member_ids m ON m.n = abs(hashtext(p.id::text || k)::bigint) % (SELECT count(*) FROM member_ids)""");
            sql.execute("""
                    INSERT INTO moderation_states (subject_id, subject_kind, state, reason, updated_at)
                    SELECT id, 'POST', (ARRAY['HIDDEN', 'REMOVED', 'VISIBLE'])[1 + (row_number() OVER () % 3)::int],
                        'benchmark', now()
                    FROM (SELECT id FROM posts WHERE NOT draft ORDER BY random() LIMIT 30) p""");
            sql.execute("""
                    INSERT INTO moderation_states (subject_id, subject_kind, state, reason, updated_at)
                    SELECT id, 'COMMENT', (ARRAY['HIDDEN', 'REMOVED', 'VISIBLE'])[1 + (row_number() OVER () % 3)::int],
                        'benchmark', now()
                    FROM (SELECT id FROM comments ORDER BY random() LIMIT 250) c""");
            sql.execute("DROP TABLE staff_ids, member_ids");
            sql.execute("VACUUM ANALYZE");
            try (var rows = sql.executeQuery("""
                    SELECT (SELECT count(*) FROM members),
                        (SELECT count(*) FROM posts WHERE NOT draft),
                        (SELECT count(*) FROM posts WHERE draft),
                        (SELECT count(*) FROM comments),
                        (SELECT count(*) FROM moderation_states),
                        (SELECT count(*) FROM posts p WHERE NOT draft AND NOT EXISTS (SELECT 1 FROM moderation_states ms
                            WHERE ms.subject_id = p.id AND ms.state <> 'VISIBLE'))""")) {
                rows.next();
                return new Counts(
                        rows.getLong(1),
                        rows.getLong(2),
                        rows.getLong(3),
                        rows.getLong(4),
                        rows.getLong(5),
                        rows.getLong(6));
            }
        }
    }
}

package nl.starters.bench.feed;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The feed statement, read from the very jar the benchmark starts: {@code FeedQuery.PUBLIC} of
 * local-branch-service, loaded from the jar's {@code BOOT-INF/classes}. The service binds {@code :limit} and
 * {@code :offset} by name; pgbench reads the same two names as its variables, so the text runs unchanged in
 * both. One source of truth: there is no copy of the SQL in this module.
 */
final class FeedSql {

    private static final String FEED_QUERY = "nl.starters.branch.blog.FeedQuery";

    private FeedSql() {}

    static String publicFeed(Path serviceJar) {
        if (!Files.isRegularFile(serviceJar)) {
            throw new IllegalStateException("No service jar at " + serviceJar
                    + ": build it first (./mvnw -B -ntp -Pbench -pl bench -am verify -DskipTests builds it)");
        }
        try (URLClassLoader loader = new URLClassLoader(
                new URL[] {new URL("jar:" + serviceJar.toUri() + "!/BOOT-INF/classes/")},
                FeedSql.class.getClassLoader())) {
            Class<?> feedQuery = Class.forName(FEED_QUERY, true, loader);
            return (String) feedQuery.getField("PUBLIC").get(null);
        } catch (IOException | ReflectiveOperationException e) {
            throw new IllegalStateException("Could not read " + FEED_QUERY + ".PUBLIC from " + serviceJar, e);
        }
    }
}

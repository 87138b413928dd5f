package nl.starters.bench.feed;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Before measuring: the service's first page and the feed statement run directly give the same posts in the
 * same order with the same total (so both sides do the same work), the page has 20 cards with author, badge
 * and comment count, and no Markdown in it (the feed renders none). Also PostgreSQL's own execution time of
 * the statement, from EXPLAIN ANALYZE.
 */
final class FeedCheck {

    record Outcome(int items, long total, String firstCard, int responseBytes, String executionTimes) {}

    private FeedCheck() {}

    static Outcome run(int servicePort, Connection connection, String feedSql, long expectedTotal)
            throws IOException, InterruptedException, SQLException {
        String json = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + servicePort + "/api/branches/"
                                        + BranchProcess.BRANCH + "/posts?page=0&size=" + PageMix.SIZE))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        JsonNode page = JsonMapper.builder().build().readTree(json);
        List<String> served = new ArrayList<>();
        page.get("items").forEach(item -> served.add(item.get("id").asString()));
        List<String> direct = new ArrayList<>();
        long directTotal;
        try (var statement =
                connection.prepareStatement(feedSql.replace(":limit", "?").replace(":offset", "?"))) {
            statement.setInt(1, PageMix.SIZE);
            statement.setInt(2, 0);
            try (var rows = statement.executeQuery()) {
                directTotal = -1;
                while (rows.next()) {
                    directTotal = rows.getLong("total");
                    direct.add(rows.getString("id"));
                }
            }
        }
        long total = page.get("total").asLong();
        if (!served.equals(direct) || total != directTotal || total != expectedTotal) {
            throw new IllegalStateException("The service's feed is not the statement's result: served " + served
                    + " (total " + total + "), statement " + direct + " (total " + directTotal + "), expected total "
                    + expectedTotal);
        }
        if (served.size() != PageMix.SIZE) {
            throw new IllegalStateException("Expected a full page of " + PageMix.SIZE + ", got " + served.size());
        }
        if (json.contains("\"body") || json.contains("<p>")) {
            throw new IllegalStateException("The feed carries post bodies: " + json);
        }
        JsonNode first = page.get("items").get(0);
        return new Outcome(
                served.size(),
                total,
                first.toString(),
                json.getBytes(java.nio.charset.StandardCharsets.UTF_8).length,
                executionTimes(connection, feedSql));
    }

    /** PostgreSQL's execution time of the statement for the first page and the deepest page of the mix. */
    private static String executionTimes(Connection connection, String feedSql) throws SQLException {
        List<String> times = new ArrayList<>();
        for (int page : new int[] {0, PageMix.page(9)}) {
            String explained = "EXPLAIN (ANALYZE, FORMAT TEXT) "
                    + feedSql.replace(":limit", Integer.toString(PageMix.SIZE))
                            .replace(":offset", Integer.toString(page * PageMix.SIZE));
            double best = Double.MAX_VALUE;
            for (int attempt = 0; attempt < 5; attempt++) {
                try (var statement = connection.createStatement();
                        var rows = statement.executeQuery(explained)) {
                    while (rows.next()) {
                        String line = rows.getString(1).trim();
                        if (line.startsWith("Execution Time:")) {
                            best = Math.min(best, Double.parseDouble(line.replaceAll("[^0-9.]", "")));
                        }
                    }
                }
            }
            times.add("page %d %.3f ms".formatted(page, best));
        }
        return String.join(", ", times);
    }
}

package nl.starters.bench.feed;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * What PostgreSQL executed in a window, from pg_stat_statements (loaded by the benchmark's server): which
 * statements, how many calls, their mean execution time in the server. Shows whether a feed request is one
 * statement or more, and what the statement costs under the service and under pgbench.
 */
final class PgStatements {

    record Line(String query, long calls, double meanMillis) {
        String shortQuery() {
            return query.startsWith("WITH page AS") ? "feed statement" : query;
        }
    }

    private final Connection connection;

    PgStatements(Connection connection) throws SQLException {
        this.connection = connection;
        try (var statement = connection.createStatement()) {
            statement.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
        }
    }

    void reset() throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("SELECT pg_stat_statements_reset()");
        }
    }

    /** The statements of the feed's database since the last reset, most called first (not this class's own). */
    List<Line> read() throws SQLException {
        List<Line> lines = new ArrayList<>();
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("""
                        SELECT regexp_replace(left(query, 200), '\\s+', ' ', 'g'), calls, mean_exec_time
                        FROM pg_stat_statements
                        WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
                            AND query NOT LIKE '%pg_stat_statements%'
                        ORDER BY calls DESC
                        LIMIT 4""")) {
            while (rows.next()) {
                lines.add(new Line(rows.getString(1), rows.getLong(2), rows.getDouble(3)));
            }
        }
        return lines;
    }
}

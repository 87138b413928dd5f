package nl.starters.e2e;

import java.sql.DriverManager;
import java.sql.SQLException;
import nl.starters.servicedefaults.testing.PostgresServer;

/** One service's database in the promotion rig, read directly (never through the proxy a test may cut). */
record RigDatabase(PostgresServer server, String name) {

    /** The single number a {@code SELECT count(*) ...} answers; {@code ?} parameters bound as text. */
    long count(String sql, String... parameters) {
        try (var connection = DriverManager.getConnection(server.jdbcUrl(name), server.username(), server.password());
                var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read " + name + ": " + sql, e);
        }
    }
}

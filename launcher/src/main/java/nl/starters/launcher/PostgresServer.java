package nl.starters.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

/**
 * A real PostgreSQL server from Maven's binaries, with a data directory that survives restarts,
 * and the role and databases every service expects (created only when missing).
 */
final class PostgresServer implements AutoCloseable {

    static final String ROLE = "community";

    private final EmbeddedPostgres postgres;

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static PostgresServer start(Path dataDirectory, int port, Path log) {
        try {
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    .setOutputRedirector(Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(Redirect.appendTo(log.toFile()))
                    .start();
            return new PostgresServer(postgres);
        } catch (IOException | RuntimeException e) {
            throw new LauncherFailure(
                    "PostgreSQL did not start (data in " + dataDirectory + ", log " + log + "): " + e.getMessage(), e);
        }
    }

    /** Creates the {@code community} role and these databases, owned by it, unless they exist. */
    void createDatabases(List<String> databases) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            if (!exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", ROLE)) {
                statement.execute("CREATE ROLE " + ROLE + " LOGIN PASSWORD '" + ROLE + "'");
            }
            for (String database : databases) {
                if (!exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", database)) {
                    statement.execute("CREATE DATABASE \"" + database + "\" OWNER " + ROLE);
                }
            }
        } catch (SQLException e) {
            throw new LauncherFailure("Could not create the databases " + databases + ": " + e.getMessage(), e);
        }
    }

    private static boolean exists(Connection connection, String query, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, name);
            return statement.executeQuery().next();
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}

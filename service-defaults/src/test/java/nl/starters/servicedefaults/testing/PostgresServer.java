package nl.starters.servicedefaults.testing;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/** A running PostgreSQL server the tests may create databases on. */
public record PostgresServer(String host, int port, String username, String password) {

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public String r2dbcUrl(String database) {
        return "r2dbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** A new, empty database with a unique name, so test contexts never see each other's rows. */
    public String createDatabase(String prefix) {
        String name = (prefix + "_" + UUID.randomUUID().toString().substring(0, 8)).replace('-', '_');
        try (var connection = DriverManager.getConnection(jdbcUrl("postgres"), username, password);
                var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name + " on port " + port, e);
        }
        return name;
    }
}

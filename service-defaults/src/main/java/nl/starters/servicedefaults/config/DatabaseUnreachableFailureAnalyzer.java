package nl.starters.servicedefaults.config;

import java.sql.SQLException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * When a service gives up waiting for its database at start-up, say which database it could not
 * reach and how long it tried, instead of a page of stack trace.
 */
class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    private static final String CONNECTION_EXCEPTION_CLASS = "08";

    private final Environment environment;

    DatabaseUnreachableFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        String state = cause.getSQLState();
        if (state == null || !state.startsWith(CONNECTION_EXCEPTION_CLASS)) {
            return null;
        }
        String url = environment.getProperty("spring.flyway.url", "(spring.flyway.url not set)");
        String retries = environment.getProperty("spring.flyway.connect-retries", "0");
        return new FailureAnalysis(
                "Could not reach the database " + url + " after " + retries + " retries: " + cause.getMessage(),
                "Start PostgreSQL or correct community.database.host/port/name (and username/password), "
                        + "then start the service again.",
                cause);
    }
}

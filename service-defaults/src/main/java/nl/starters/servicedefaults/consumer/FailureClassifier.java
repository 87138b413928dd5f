package nl.starters.servicedefaults.consumer;

import java.util.Set;

/**
 * Tells an outage (database away or slow, a connection lost) from a record that can never be processed:
 * the first is retried until it passes, only the second goes to the dead-letter topic.
 */
final class FailureClassifier {

    private static final Set<String> TRANSIENT = Set.of(
            "org.springframework.dao.TransientDataAccessException",
            "org.springframework.dao.DataAccessResourceFailureException",
            "org.springframework.transaction.CannotCreateTransactionException",
            "io.r2dbc.spi.R2dbcTransientException",
            "io.r2dbc.spi.R2dbcNonTransientResourceException",
            "java.io.IOException",
            "java.util.concurrent.TimeoutException",
            EventProcessingTimeout.class.getName());

    private FailureClassifier() {}

    static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (Class<?> type = t.getClass(); type != null; type = type.getSuperclass()) {
                if (TRANSIENT.contains(type.getName())) {
                    return true;
                }
            }
        }
        return false;
    }
}

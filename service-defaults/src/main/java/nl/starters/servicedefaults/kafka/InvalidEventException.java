package nl.starters.servicedefaults.kafka;

/**
 * A record that can never be processed as it is (no valid envelope, no JSON payload): it goes to the
 * dead-letter topic at once instead of being retried.
 */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message) {
        super(message);
    }

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}

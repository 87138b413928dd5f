package nl.starters.servicedefaults.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.spi.R2dbcNonTransientResourceException;
import java.net.ConnectException;
import nl.starters.servicedefaults.kafka.InvalidEventException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.transaction.CannotCreateTransactionException;

class FailureClassifierTests {

    @Test
    void treatsALostDatabaseAsAnOutageToWaitFor() {
        assertThat(FailureClassifier.isTransient(new ListenerExecutionFailedException(
                        "listener failed",
                        new CannotCreateTransactionException("no connection", new ConnectException("refused")))))
                .isTrue();
        assertThat(FailureClassifier.isTransient(new DataAccessResourceFailureException("gone")))
                .isTrue();
        assertThat(FailureClassifier.isTransient(new R2dbcNonTransientResourceException("closed")))
                .isTrue();
        assertThat(FailureClassifier.isTransient(new EventProcessingTimeout("slow")))
                .isTrue();
    }

    @Test
    void treatsABrokenRecordOrABugAsPoison() {
        assertThat(FailureClassifier.isTransient(new InvalidEventException("no JSON")))
                .isFalse();
        assertThat(FailureClassifier.isTransient(new IllegalStateException("bug")))
                .isFalse();
        assertThat(FailureClassifier.isTransient(new DataIntegrityViolationException("constraint")))
                .isFalse();
    }
}

package nl.starters.servicedefaults.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

class SendOutcomeTests {

    @Test
    void publishesEveryAcknowledgedRow() {
        var rows = List.of(row("a"), row("b"));

        var outcome = SendOutcome.of(rows, List.of(acked(), acked()));

        assertThat(outcome.published()).containsExactlyElementsOf(rows);
        assertThat(outcome.retry()).isEmpty();
    }

    @Test
    void holdsBackLaterRowsOfAKeyWhoseEarlierRowFailedSoItsOrderHolds() {
        var a1 = row("a");
        var b1 = row("b");
        var a2 = row("a");

        var outcome =
                SendOutcome.of(List.of(a1, b1, a2), List.of(failed(new TimeoutException("away")), acked(), acked()));

        assertThat(outcome.published()).containsExactly(b1);
        assertThat(outcome.retry()).containsExactly(a1);
        assertThat(outcome.firstError()).hasMessage("away");
    }

    @Test
    void setsAsideARowTheBrokerCanNeverTakeWithoutHoldingBackItsKey() {
        var a1 = row("a");
        var a2 = row("a");

        var outcome = SendOutcome.of(List.of(a1, a2), List.of(failed(new RecordTooLargeException("big")), acked()));

        assertThat(outcome.permanent()).containsExactly(a1);
        assertThat(outcome.published()).containsExactly(a2);
        assertThat(outcome.retry()).isEmpty();
    }

    @Test
    void retriesARowWithoutAnAcknowledgementInTime() {
        var a1 = row("a");

        var outcome = SendOutcome.of(List.of(a1), List.of(new CompletableFuture<>()));

        assertThat(outcome.retry()).containsExactly(a1);
    }

    private static OutboxRow row(String key) {
        return new OutboxRow(UUID.randomUUID(), "members.v1", key, "member.registered.v1", "{}", Instant.now(), null);
    }

    private static CompletableFuture<?> acked() {
        return CompletableFuture.completedFuture("ack");
    }

    private static CompletableFuture<?> failed(Throwable error) {
        return CompletableFuture.failedFuture(error);
    }
}

package nl.starters.servicedefaults.outbox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;

/**
 * What became of one batch's sends, decided in seq order: an acknowledged row is published unless an
 * earlier row of its key failed (then it is sent again after that one, so per-key order holds); a row
 * the broker can never take (too large, invalid topic) is set aside instead of blocking the outbox.
 */
record SendOutcome(List<OutboxRow> published, List<OutboxRow> retry, List<OutboxRow> permanent, Throwable firstError) {

    private static final List<Class<? extends Throwable>> PERMANENT = List.of(
            RecordTooLargeException.class,
            RecordBatchTooLargeException.class,
            InvalidTopicException.class,
            SerializationException.class);

    static SendOutcome of(List<OutboxRow> rows, List<CompletableFuture<?>> sends) {
        List<OutboxRow> published = new ArrayList<>();
        List<OutboxRow> retry = new ArrayList<>();
        List<OutboxRow> permanent = new ArrayList<>();
        Set<String> blockedKeys = new HashSet<>();
        Throwable firstError = null;
        for (int i = 0; i < rows.size(); i++) {
            OutboxRow row = rows.get(i);
            Throwable error = errorOf(sends.get(i));
            if (error == null) {
                if (!blockedKeys.contains(row.key())) {
                    published.add(row);
                }
            } else if (isPermanent(error)) {
                permanent.add(row);
                firstError = firstError == null ? error : firstError;
            } else {
                retry.add(row);
                blockedKeys.add(row.key());
                firstError = firstError == null ? error : firstError;
            }
        }
        return new SendOutcome(published, retry, permanent, firstError);
    }

    private static Throwable errorOf(CompletableFuture<?> send) {
        if (!send.isDone()) {
            return new TimeoutException("no acknowledgement from the broker in time");
        }
        try {
            send.join();
            return null;
        } catch (CompletionException | CancellationException e) {
            return e.getCause() == null ? e : e.getCause();
        }
    }

    private static boolean isPermanent(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            for (Class<? extends Throwable> type : PERMANENT) {
                if (type.isInstance(t)) {
                    return true;
                }
            }
        }
        return false;
    }
}

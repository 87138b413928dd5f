package nl.starters.servicedefaults.tracing;

import io.micrometer.tracing.TraceContext;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A span's W3C trace context as the one {@code traceparent} value, so it can be stored with an outbox row and
 * sent on as a Kafka header long after the request that wrote the event has ended.
 */
public record TraceParent(String value) {

    /** The W3C header (HTTP) and record header (Kafka) that carries it. */
    public static final String HEADER = "traceparent";

    private static final Pattern FORMAT = Pattern.compile("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
    private static final Pattern ZEROS = Pattern.compile("0+");

    public TraceParent {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a W3C traceparent: " + value);
        }
    }

    /** The trace context of a span; empty for a no-op or invalid span (no trace id). */
    public static Optional<TraceParent> of(TraceContext context) {
        if (context == null || !valid(context.traceId(), 32) || !valid(context.spanId(), 16)) {
            return Optional.empty();
        }
        String flags = Boolean.TRUE.equals(context.sampled()) ? "01" : "00";
        return Optional.of(new TraceParent("00-" + context.traceId() + "-" + context.spanId() + "-" + flags));
    }

    /** The 32 hex digits every span of the trace shares (and every log line of it carries). */
    public String traceId() {
        return value.substring(3, 35);
    }

    /** The span this context was taken from: the parent of the spans that continue it. */
    public String parentSpanId() {
        return value.substring(36, 52);
    }

    private static boolean valid(String id, int length) {
        return id != null && id.length() == length && !ZEROS.matcher(id).matches();
    }
}

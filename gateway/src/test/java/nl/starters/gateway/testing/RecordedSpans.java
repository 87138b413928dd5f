package nl.starters.gateway.testing;

import io.micrometer.tracing.exporter.FinishedSpan;
import io.micrometer.tracing.exporter.SpanReporter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The gateway's finished spans, kept in memory (no collector in tests): Boot hands them to every reporter. */
public class RecordedSpans implements SpanReporter {

    private final List<FinishedSpan> spans = new CopyOnWriteArrayList<>();

    @Override
    public void report(FinishedSpan span) {
        spans.add(span);
    }

    public List<FinishedSpan> ofTrace(String traceId) {
        return spans.stream().filter(span -> traceId.equals(span.getTraceId())).toList();
    }
}

package nl.starters.servicedefaults.tracing;

import io.micrometer.observation.Observation;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.handler.TracingObservationHandler.TracingContext;
import java.util.Optional;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

/**
 * The trace a reactive write belongs to, for code that hands it on later (the outbox): taken from the
 * observation in the Reactor context (a WebFlux request, a listener's bounded block), else from the thread.
 */
public class CurrentTrace {

    /** When tracing is off: never a trace. */
    public static final CurrentTrace NONE = new CurrentTrace(Tracer.NOOP);

    private final Tracer tracer;

    public CurrentTrace(Tracer tracer) {
        this.tracer = tracer;
    }

    /** The current span's context; empty outside any trace. */
    public Mono<TraceParent> traceParent() {
        return Mono.deferContextual(
                context -> Mono.justOrEmpty(fromReactor(context).or(this::fromThread)));
    }

    private static Optional<TraceParent> fromReactor(ContextView context) {
        Observation observation = context.getOrDefault(ObservationThreadLocalAccessor.KEY, null);
        if (observation == null) {
            return Optional.empty();
        }
        TracingContext tracing = observation.getContextView().get(TracingContext.class);
        return tracing == null ? Optional.empty() : of(tracing.getSpan());
    }

    private Optional<TraceParent> fromThread() {
        return of(tracer.currentSpan());
    }

    private static Optional<TraceParent> of(Span span) {
        return span == null ? Optional.empty() : TraceParent.of(span.context());
    }
}
